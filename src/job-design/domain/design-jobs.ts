import type { ProgramCode } from "../../programs/domain/program-catalogue.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import { type CategoryDemand, type CategoryGap, categoryGap } from "./category-gap.ts";
import type { RegionProfile } from "./demand-drivers.ts";
import { explainSuggestion, type Reason } from "./explain-suggestion.ts";
import type { Occupation } from "./occupation.ts";
import { type ProfileFit, profileFit } from "./profile-fit.ts";
import { chooseProgram, type ProgramTerms } from "./program-terms.ts";
import {
  type Budget,
  budgetFor,
  type HoursBand,
  hourlyWageFor,
  hoursPerPerson,
  K_FLEX_HOURS,
  type MonthlyPay,
  monthlyHoursPerPerson,
  monthlyPay,
  positionsFor,
} from "./size-suggestion.ts";

/**
 * Job design for one region: which occupations to create, how many people, for how long and at
 * what cost, from the forecast gap between demand and covered work in each category and the
 * region's profile against the nation.
 *
 * 1. Each category's gap (forecast demand − hours covered) is shared among the occupations of the
 *    category that the profile favours most: as many as the gap has room for (one per post of
 *    the leading occupation, at most `maxPerCategory`), in proportion to their profile fit, a
 *    niche role taking no more than its post cap (the rest going to the next roles).
 * 2. Each occupation so chosen is scored by its share of the gap × its profile fit (the unmet
 *    hours it would cover, weighted by how well the region's figures call for the role), and the
 *    list is ordered by it: a large gap and a strong profile both raise a role.
 * 3. Each is sized (posts, hours, months, pay, budget by funding share) under the first of its
 *    programs that runs in the region, and explained in Korean and English.
 */

export interface JobDesignOptions {
  /** Months the forecast covers; no suggestion runs longer. Default 12. */
  horizonMonths?: number;
  /** Weekly hours per person. Default: the K-공공일자리 20–30 h band. */
  hoursBand?: HoursBand;
  /** At most this many occupations share one category's gap. Default 4. */
  maxPerCategory?: number;
  /** Hourly wage to pay, if above the minimum wage. */
  hourlyWage?: number;
}

export interface JobDesignInput {
  regionCode: string;
  catalogue: readonly Occupation[];
  demand: readonly CategoryDemand[];
  profile: RegionProfile;
  programs: ReadonlyMap<ProgramCode, ProgramTerms>;
  /** Residents of the region, for the post caps of niche roles (maxPositionsPer100k); none without it. */
  population?: number;
  /** 최저임금 in force for the year the jobs start. */
  minimumWage: { year: number; wage: number };
  options?: JobDesignOptions;
}

export interface Suggestion {
  occupation: Occupation;
  /** Its share of the unmet hours × profile fit: what the list is ordered by. */
  score: number;
  fit: ProfileFit;
  gap: CategoryGap;
  /** This occupation's share of the category's gap, hours per month. */
  assignedGapHours: number;
  program: ProgramTerms;
  positions: number;
  hoursPerWeek: number;
  months: number;
  /** Calendar months of seasonal work, when the occupation is seasonal (the job runs `months` of them). */
  seasonMonths: number[] | null;
  pay: MonthlyPay;
  budget: Budget;
  reasons: Reason[];
  summaryKo: string;
  summaryEn: string;
}

export interface JobDesign {
  gaps: CategoryGap[];
  suggestions: Suggestion[];
  /** Occupations none of whose programs run in the region (left out). */
  withoutProgram: string[];
}

const DEFAULT_MAX_PER_CATEGORY = 4;

export function designJobs(input: JobDesignInput): JobDesign {
  const options = input.options ?? {};
  const maxPerCategory = options.maxPerCategory ?? DEFAULT_MAX_PER_CATEGORY;
  const gaps = gapsByCategory(input.demand);
  const suggestions: Suggestion[] = [];
  const withoutProgram: string[] = [];

  for (const gap of gaps) {
    if (gap.gapHours <= 0) continue;
    const candidates: Candidate[] = [];
    for (const occupation of input.catalogue) {
      if (occupation.category !== gap.category) continue;
      const program = chooseProgram(occupation.programs, input.programs);
      if (!program) {
        withoutProgram.push(occupation.code);
        continue;
      }
      const hours = hoursPerPerson(
        occupation.hoursPerWeek,
        options.hoursBand ?? K_FLEX_HOURS,
        program.maxHoursPerWeek,
      );
      const capPositions =
        occupation.maxPositionsPer100k === undefined || input.population === undefined
          ? null
          : Math.max(1, Math.floor((input.population / 100_000) * occupation.maxPositionsPer100k));
      candidates.push({
        occupation,
        fit: profileFit(occupation, input.profile),
        program,
        capHours:
          capPositions === null ? Number.POSITIVE_INFINITY : capPositions * monthlyHoursPerPerson(hours),
      });
    }
    candidates.sort(
      (a, b) => b.fit.factor - a.fit.factor || a.occupation.code.localeCompare(b.occupation.code),
    );
    const leader = candidates[0];
    if (!leader) continue;
    const leaderHours = hoursPerPerson(
      leader.occupation.hoursPerWeek,
      options.hoursBand ?? K_FLEX_HOURS,
      leader.program.maxHoursPerWeek,
    );
    const room = Math.floor(gap.gapHours / monthlyHoursPerPerson(leaderHours));
    const wanted = Math.min(maxPerCategory, Math.max(1, room));
    for (const share of shareGap(gap.gapHours, candidates, wanted)) {
      const suggestion = sizeSuggestion(input, share.occupation, share.fit, share.program, gap, share.hours);
      if (suggestion.positions > 0) suggestions.push(suggestion);
    }
  }
  suggestions.sort(
    (a, b) =>
      b.score - a.score || b.positions - a.positions || a.occupation.code.localeCompare(b.occupation.code),
  );
  return { gaps, suggestions, withoutProgram };
}

interface Candidate {
  occupation: Occupation;
  fit: ProfileFit;
  program: ProgramTerms;
  /** The most hours a month the role takes in this district (its post cap × one person's hours). */
  capHours: number;
}

/**
 * Shares a category's gap among its best-fitting occupations in proportion to their fit
 * ("water-filling"): `wanted` uncapped roles take part; a role that reaches its cap keeps its cap,
 * the next role by fit joins in its place, and the rest of the gap is shared again. What no role
 * can take (every one capped) stays unassigned.
 */
export function shareGap(
  gapHours: number,
  candidates: readonly Candidate[],
  wanted: number,
): { occupation: Occupation; fit: ProfileFit; program: ProgramTerms; hours: number }[] {
  const pool: Candidate[] = [];
  const fixed = new Map<Candidate, number>();
  let next = 0;
  const uncapped = () => pool.filter((c) => !fixed.has(c));
  while (next < candidates.length && uncapped().length < wanted) pool.push(candidates[next++]!);
  for (;;) {
    const open = uncapped();
    const remaining = gapHours - [...fixed.values()].reduce((a, b) => a + b, 0);
    if (open.length === 0) {
      if (remaining > 0 && next < candidates.length) {
        pool.push(candidates[next++]!);
        continue;
      }
      break;
    }
    const fitTotal = open.reduce((sum, c) => sum + c.fit.factor, 0);
    const over = open.filter((c) => (remaining * c.fit.factor) / fitTotal > c.capHours);
    if (over.length === 0) {
      for (const c of open) fixed.set(c, (remaining * c.fit.factor) / fitTotal);
      break;
    }
    for (const c of over) fixed.set(c, c.capHours);
    while (next < candidates.length && uncapped().length < wanted) pool.push(candidates[next++]!);
  }
  return pool.map((c) => ({
    occupation: c.occupation,
    fit: c.fit,
    program: c.program,
    hours: fixed.get(c) ?? 0,
  }));
}

/** One gap per category, zero where no demand was given. */
export function gapsByCategory(demand: readonly CategoryDemand[]): CategoryGap[] {
  const given = new Map<WorkCategory, CategoryDemand>(demand.map((d) => [d.category, d]));
  return WORK_CATEGORIES.map((category) =>
    categoryGap(
      given.get(category) ?? { category, demandHours: 0, demandLo80: 0, demandHi80: 0, coveredHours: 0 },
    ),
  );
}

/**
 * Sizes one occupation for a share of its category's gap. `positions` overrides the count (an
 * officer who wants a pilot team of a given size); the rest follows from the rules.
 */
export function sizeSuggestion(
  input: JobDesignInput,
  occupation: Occupation,
  fit: ProfileFit,
  program: ProgramTerms,
  gap: CategoryGap,
  assignedGapHours: number,
  overrides: { positions?: number; hoursPerWeek?: number } = {},
): Suggestion {
  const options = input.options ?? {};
  const hoursPerWeek = hoursPerPerson(
    overrides.hoursPerWeek ?? occupation.hoursPerWeek,
    overrides.hoursPerWeek === undefined
      ? (options.hoursBand ?? K_FLEX_HOURS)
      : { min: overrides.hoursPerWeek, max: overrides.hoursPerWeek },
    program.maxHoursPerWeek,
  );
  const positions = overrides.positions ?? positionsFor(assignedGapHours, hoursPerWeek);
  const horizon = options.horizonMonths ?? 12;
  const months = Math.max(1, Math.min(occupation.months, horizon));
  const seasonMonths = occupation.seasonMonths ?? null;
  const pay = monthlyPay(hoursPerWeek, hourlyWageFor(input.minimumWage.wage, options.hourlyWage));
  const budget = budgetFor(positions, months, pay, program.funding!);
  const base = {
    occupation,
    score: assignedGapHours * fit.factor,
    fit,
    gap,
    assignedGapHours,
    program,
    positions,
    hoursPerWeek,
    months,
    seasonMonths,
    pay,
    budget,
  };
  const explained = explainSuggestion(base, { positionsGiven: overrides.positions !== undefined });
  return { ...base, ...explained };
}

/**
 * The suggestion for one occupation in a region: the one `designJobs` made when it is among
 * them; otherwise, when the officer gives a number of people, the occupation sized for that
 * number (its category's gap is still shown); otherwise null.
 */
export function suggestionForOccupation(
  input: JobDesignInput,
  code: string,
  overrides: { positions?: number; hoursPerWeek?: number } = {},
): { suggestion: Suggestion | null; reason: "unknown_occupation" | "no_program" | "not_suggested" | null } {
  const occupation = input.catalogue.find((o) => o.code === code);
  if (!occupation) return { suggestion: null, reason: "unknown_occupation" };
  const program = chooseProgram(occupation.programs, input.programs);
  if (!program) return { suggestion: null, reason: "no_program" };
  const design = designJobs(input);
  const found = design.suggestions.find((s) => s.occupation.code === code);
  const gap = design.gaps.find((g) => g.category === occupation.category)!;
  const fit = profileFit(occupation, input.profile);
  if (found && overrides.positions === undefined && overrides.hoursPerWeek === undefined)
    return { suggestion: found, reason: null };
  if (found) {
    return {
      suggestion: sizeSuggestion(input, occupation, fit, program, gap, found.assignedGapHours, overrides),
      reason: null,
    };
  }
  if (overrides.positions === undefined) return { suggestion: null, reason: "not_suggested" };
  return { suggestion: sizeSuggestion(input, occupation, fit, program, gap, 0, overrides), reason: null };
}
