/**
 * Cohort allocation inputs for the unit tests: applicants and work items in 관악구 built from
 * plain fields through the pair scoring's own feature builders, weights as configured (copied so
 * that the tests read no file), and small synthetic problems with given pair scores for checking
 * the solver against brute force.
 */

import {
  type ResidentForMatching,
  residentFeatures,
  type WorkItemForMatching,
  workItemFeatures,
} from "../../matching/domain/scoring/match-features.ts";
import { type MatchWeights, ZMatchWeights } from "../../matching/domain/scoring/match-weights.ts";
import {
  HOME,
  north,
  resident,
  workItem as scoringWorkItem,
  TEST_WEIGHTS,
} from "../../matching/domain/scoring/scoring-fixtures.ts";
import type { ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import type { AllocationRunOptions } from "../allocation-run.schema.ts";
import type {
  AllocationApplicant,
  AllocationWorkItem,
  CandidatePair,
  CohortAllocationInput,
  CohortAllocationProblem,
} from "./cohort-allocation-problem.ts";

export { HOME, north };

/** The scoring tests' weights, but with a 6-hour weekly target and the fixed congestion threshold only. */
export const WEIGHTS: MatchWeights = ZMatchWeights.parse({
  ...TEST_WEIGHTS,
  hours: { ...TEST_WEIGHTS.hours, targetMin: 6 },
  congestion: { exposuresPerPlace: 8, halfLifeHours: 72 },
});

export const OPTIONS: AllocationRunOptions = { quotas: [], priorityWeight: 1 };

/** The scoring tests' resident, born in 1970 and without certificates. */
export function residentFields(overrides: Partial<ResidentForMatching> = {}): ResidentForMatching {
  return resident({ birthYear: 1970, certificates: [], ...overrides });
}

/** The scoring tests' care work item, 1 km north of HOME and asking for no certificate. */
export function itemFields(overrides: Partial<WorkItemForMatching> = {}): WorkItemForMatching {
  return scoringWorkItem({ location: north(1), requiredCertificates: [], ...overrides });
}

let counter = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export function applicant(
  overrides: Partial<Omit<AllocationApplicant, "features">> & { fields?: Partial<ResidentForMatching> } = {},
): AllocationApplicant {
  const n = ++counter;
  const { fields, ...rest } = overrides;
  const groups = (rest.groups ?? []) as ResidentGroup[];
  return {
    applicationId: uuid(n),
    residentId: uuid(100_000 + n),
    priorityScore: 0,
    appliedAt: `2026-02-${String(1 + (n % 27)).padStart(2, "0")}T00:00:00.000Z`,
    age: 56,
    clash: null,
    ...rest,
    groups,
    features: residentFeatures(residentFields({ groups, ...fields })),
  };
}

export function workItem(
  overrides: Partial<Omit<AllocationWorkItem, "features">> & { fields?: Partial<WorkItemForMatching> } = {},
): AllocationWorkItem {
  const n = ++counter;
  const { fields, ...rest } = overrides;
  return {
    workItemId: uuid(200_000 + n),
    title: `일감 ${n}`,
    freePlaces: 1,
    ...rest,
    features: workItemFeatures(itemFields(fields)),
  };
}

export function cohortInput(overrides: Partial<CohortAllocationInput> = {}): CohortAllocationInput {
  return {
    cohortPlaces: 10,
    held: { total: 0, senior: 0 },
    seniorCap: null,
    year: 2026,
    weights: WEIGHTS,
    options: OPTIONS,
    applicants: [],
    workItems: [],
    ...overrides,
  };
}

/**
 * A problem with the given pair scores, for the solver alone: `scores[a][i]` is applicant a's
 * score on item i (null: no pair). Features are placeholders; only ages, groups and places count.
 */
export function syntheticProblem(spec: {
  scores: (number | null)[][];
  places: number[];
  cohortPlaces: number;
  ages?: number[];
  groups?: ResidentGroup[][];
  seniorCap?: { age: number; maxShare: number } | null;
  held?: { total: number; senior: number };
  quotas?: AllocationRunOptions["quotas"];
}): CohortAllocationProblem {
  const applicants = spec.scores.map((_, a) =>
    applicant({ age: spec.ages?.[a] ?? 50, groups: spec.groups?.[a] ?? [] }),
  );
  const workItems = spec.places.map((freePlaces) => workItem({ freePlaces }));
  const input = cohortInput({
    cohortPlaces: spec.cohortPlaces,
    held: spec.held ?? { total: 0, senior: 0 },
    seniorCap: spec.seniorCap ?? null,
    options: { quotas: spec.quotas ?? [], priorityWeight: 1 },
    applicants,
    workItems,
  });
  const pairs: CandidatePair[] = [];
  const pairStart = new Int32Array(applicants.length + 1);
  spec.scores.forEach((row, a) => {
    pairStart[a] = pairs.length;
    row.forEach((score, item) => {
      if (score !== null && spec.places[item]! > 0) {
        pairs.push({ applicant: a, item, matchPoints: score, priorityPoints: 0, score });
      }
    });
  });
  pairStart[applicants.length] = pairs.length;
  const cap = input.seniorCap;
  return {
    input,
    candidates: applicants.map((_, a) => a),
    pairs,
    pairStart,
    nearestMiss: new Map(),
    excludedPairs: 0,
    isSenior: (a) => cap !== null && applicants[a]!.age >= cap.age,
  };
}

/**
 * The best allocation by trying every one (each applicant: nothing, or one of their pairs):
 * within item places, the cohort's places and the age cap, maximising scores − quota penalties.
 */
export function bruteForce(problem: CohortAllocationProblem): number {
  const { input, pairs, pairStart } = problem;
  const A = input.applicants.length;
  const load = new Int32Array(input.workItems.length);
  const withPairs = input.applicants.filter((_, a) => pairStart[a + 1]! > pairStart[a]!).length;
  const fillable = Math.min(
    input.cohortPlaces,
    input.workItems.reduce((n, w) => n + w.freePlaces, 0),
    withPairs,
  );
  const cap = input.seniorCap;
  const limit = cap
    ? Math.max(0, Math.floor(cap.maxShare * (input.held.total + fillable) + 1e-9) - input.held.senior)
    : Number.POSITIVE_INFINITY;
  const quotas = input.options.quotas;
  const targets = quotas.map((q) => Math.ceil(q.minShare * fillable - 1e-9));
  const quotaOf = input.applicants.map((x) => quotas.findIndex((q) => x.groups.includes(q.group)));
  const units = new Int32Array(quotas.length);
  let best = Number.NEGATIVE_INFINITY;
  const walk = (a: number, total: number, assigned: number, seniors: number) => {
    if (a === A) {
      let value = total;
      quotas.forEach((q, g) => {
        value -= q.penalty * Math.max(0, targets[g]! - units[g]!);
      });
      best = Math.max(best, value);
      return;
    }
    walk(a + 1, total, assigned, seniors);
    if (assigned >= input.cohortPlaces) return;
    const senior = problem.isSenior(a);
    if (senior && seniors >= limit) return;
    for (let k = pairStart[a]!; k < pairStart[a + 1]!; k++) {
      const item = pairs[k]!.item;
      if (load[item]! >= input.workItems[item]!.freePlaces) continue;
      load[item]!++;
      if (quotaOf[a]! >= 0) units[quotaOf[a]!]!++;
      walk(a + 1, total + pairs[k]!.score, assigned + 1, seniors + (senior ? 1 : 0));
      if (quotaOf[a]! >= 0) units[quotaOf[a]!]!--;
      load[item]!--;
    }
  };
  walk(0, 0, 0, 0);
  return best;
}
