/**
 * A cohort's allocation as an assignment problem: its eligible applicants (each takes at most one
 * place) × its work items (each as many places as the cohort gives it, less those already taken),
 * an edge for every pair that passes the pair scoring's hard filters, scored by the pair's match
 * total plus the applicant's priority (selection) score as a bonus. Applicants who clash with
 * another direct job, and pairs that fail a hard condition, get no edge; the first are left out
 * with their reason, the second keep the nearest miss so that the proposal can say why.
 *
 * Pure: the caller loads the rows (allocation-inputs.ts) and builds the features.
 */

import type { ResidentFeatures, WorkItemFeatures } from "../../matching/domain/scoring/match-features.ts";
import type { MatchContext } from "../../matching/domain/scoring/match-measures.ts";
import type { Words } from "../../matching/domain/scoring/match-vocabulary.ts";
import type { MatchWeights } from "../../matching/domain/scoring/match-weights.ts";
import { EXCLUDED, matchTotal, scoreMatch } from "../../matching/domain/scoring/score-match.ts";
import type { ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import type { AllocationRunOptions } from "../allocation-run.schema.ts";

export interface AllocationApplicant {
  applicationId: string;
  residentId: string;
  /** The cohort's priority (selection) score from screening; 0 when none. */
  priorityScore: number;
  /** ISO time of application: earlier wins ties, as in score-order selection. */
  appliedAt: string;
  /** Age on the cohort's first day (from the declared birth date). */
  age: number;
  /** Priority groups the applicant declared for this application. */
  groups: readonly ResidentGroup[];
  features: ResidentFeatures;
  /** A participation in another direct job over the cohort's period, named; such applicants get no place. */
  clash: Words | null;
}

export interface AllocationWorkItem {
  workItemId: string;
  title: string;
  /** Places the cohort gives the item, less applicants already placed on it. */
  freePlaces: number;
  features: WorkItemFeatures;
}

export interface CohortAllocationInput {
  /** The cohort's own free places: its number of participants less those holding a place. */
  cohortPlaces: number;
  /** Already holding a place (selected or placed): all of them, and those at or above the cap's age. */
  held: { total: number; senior: number };
  /** The program's cap on participants at or above an age (공공근로: 65+ at most 35%). */
  seniorCap: { age: number; maxShare: number } | null;
  /** The year ages are counted in (the cohort's first day). */
  year: number;
  weights: MatchWeights;
  options: AllocationRunOptions;
  applicants: readonly AllocationApplicant[];
  workItems: readonly AllocationWorkItem[];
}

/** One candidate pair: an edge of the problem. */
export interface CandidatePair {
  applicant: number;
  item: number;
  matchPoints: number;
  priorityPoints: number;
  /** matchPoints + priorityPoints: what the solver maximises the sum of. */
  score: number;
}

export interface CohortAllocationProblem {
  input: CohortAllocationInput;
  /** Applicants in the problem (no clash), as indices into input.applicants. */
  candidates: number[];
  /** Edges grouped by applicant (in input order), each applicant's in work-item order. */
  pairs: CandidatePair[];
  /** CSR over input.applicants: applicant a's pairs are pairStart[a] .. pairStart[a + 1] − 1. */
  pairStart: Int32Array;
  /** For applicants with no edge: the pair that came nearest (fewest hard failures, then highest total). */
  nearestMiss: Map<number, { item: number; words: Words }>;
  excludedPairs: number;
  /** Whether each applicant counts under the senior cap. */
  isSenior: (applicant: number) => boolean;
}

/** The eligibility verdict every screened-eligible applicant carries into the pair scoring. */
export const ELIGIBLE_CONTEXT = (year: number): MatchContext => ({
  year,
  eligibility: { status: "eligible" },
});

/** Scores every (applicant, work item) pair once with the fast path (matchTotal) and keeps those that pass. */
export function buildCohortProblem(input: CohortAllocationInput): CohortAllocationProblem {
  const steps = scoreCohortPairs(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, step by step: yields its progress every `chunk` applicants so that a caller can
 * report it (a run's progress bar) between steps, and returns the problem.
 */
export function* scoreCohortPairs(
  input: CohortAllocationInput,
  chunk = 500,
): Generator<{ done: number; total: number }, CohortAllocationProblem> {
  const context = ELIGIBLE_CONTEXT(input.year);
  const candidates: number[] = [];
  const pairs: CandidatePair[] = [];
  const nearestMiss = new Map<number, { item: number; words: Words }>();
  let excludedPairs = 0;
  const items = input.workItems;
  const open = items.map((w) => w.freePlaces > 0);
  const total = input.applicants.length;
  const pairStart = new Int32Array(total + 1);
  for (let a = 0; a < total; a++) {
    if (a > 0 && a % chunk === 0) yield { done: a, total };
    const applicant = input.applicants[a]!;
    pairStart[a] = pairs.length;
    if (applicant.clash) continue;
    candidates.push(a);
    const priorityPoints = input.options.priorityWeight * Math.max(0, applicant.priorityScore);
    let kept = 0;
    for (let i = 0; i < items.length; i++) {
      if (!open[i]) continue;
      const match = matchTotal(applicant.features, items[i]!.features, input.weights, context);
      if (match === EXCLUDED) {
        excludedPairs++;
        continue;
      }
      pairs.push({
        applicant: a,
        item: i,
        matchPoints: match,
        priorityPoints,
        score: match + priorityPoints,
      });
      kept++;
    }
    if (kept === 0) {
      const miss = nearestMissOf(applicant, items, open, input.weights, context);
      if (miss) nearestMiss.set(a, miss);
    }
  }
  pairStart[total] = pairs.length;
  yield { done: total, total };
  const cap = input.seniorCap;
  return {
    input,
    candidates,
    pairs,
    pairStart,
    nearestMiss,
    excludedPairs,
    isSenior: (a) => cap !== null && input.applicants[a]!.age >= cap.age,
  };
}

/**
 * The limits every allocation of the problem keeps besides item places: the cohort's own places,
 * and how many applicants at or above the cap's age it may add. As score-order selection counts
 * it, the cap is a share of the cohort's final size — those already holding a place plus the
 * places the allocation can fill (min of the cohort's places, the items' places, and the
 * applicants with at least one candidate pair) — rounded down.
 */
export function allocationLimits(problem: CohortAllocationProblem): {
  cohortPlaces: number;
  itemPlaces: number;
  fillable: number;
  seniorLimit: number;
} {
  const { input, pairStart } = problem;
  const itemPlaces = input.workItems.reduce((n, w) => n + Math.max(0, w.freePlaces), 0);
  const cohortPlaces = Math.max(0, input.cohortPlaces);
  let withPairs = 0;
  for (let a = 0; a < input.applicants.length; a++) if (pairStart[a + 1]! > pairStart[a]!) withPairs++;
  const fillable = Math.min(cohortPlaces, itemPlaces, withPairs);
  const cap = input.seniorCap;
  const seniorLimit = cap
    ? Math.max(0, Math.floor(cap.maxShare * (input.held.total + fillable) + 1e-9) - input.held.senior)
    : Number.POSITIVE_INFINITY;
  return { cohortPlaces, itemPlaces, fillable, seniorLimit };
}

/** The open item whose pair fails the fewest hard conditions (ties: the higher total), explained. */
function nearestMissOf(
  applicant: AllocationApplicant,
  items: readonly AllocationWorkItem[],
  open: readonly boolean[],
  weights: MatchWeights,
  context: MatchContext,
): { item: number; words: Words } | null {
  let best: { item: number; failures: number; total: number; ko: string; en: string } | null = null;
  for (let i = 0; i < items.length; i++) {
    if (!open[i]) continue;
    const score = scoreMatch(applicant.features, items[i]!.features, weights, context, { audience: "staff" });
    const failures = score.hardFailures.length;
    if (!best || failures < best.failures || (failures === best.failures && score.total > best.total)) {
      best = { item: i, failures, total: score.total, ko: score.summaryKo, en: score.summaryEn };
    }
  }
  return best ? { item: best.item, words: { ko: best.ko, en: best.en } } : null;
}
