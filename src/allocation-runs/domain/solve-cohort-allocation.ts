/**
 * Solves a cohort's allocation with the exact solver of src/matching (decision 0008), adding the
 * two limits a cohort has beyond places per work item:
 *
 * - **The cohort's own number of places** (more item places than participants): filler persons
 *   connected to every place, with a score above anything a real pair can gain, take exactly the
 *   surplus places and leave the cohort's number to applicants. Still one exact min-cost flow.
 * - **The cap on participants at or above an age** (공공근로: 65+ at most 35%): a limit on a group
 *   of people, which the bipartite model cannot hold. It is priced instead (Lagrangian
 *   relaxation): each such pair's score is lowered by a multiplier λ, found by bisection as the
 *   smallest that keeps them within the cap. For every λ ≥ 0, (the solver's dual bound at λ) + λ ×
 *   limit bounds every allocation that keeps the cap, so the result carries a proven bound; when a
 *   λ makes the cap exactly tight the allocation is optimal, and otherwise the places left by the
 *   cap are filled greedily and the gap (usually zero) is reported.
 *
 * Quotas (minimum shares of declared priority groups) go to the solver's soft-quota gadget; a
 * person counts for the first requested group they declared (the solver takes one group per
 * person). Targets are a share of the places the allocation can fill (decision 0008).
 */
import type { TAllocationId } from "../../matching/allocation-file.schema.ts";
import type { AllocationInstance } from "../../matching/domain/allocation-instance.ts";
import { quotaTargets } from "../../matching/domain/quota-targets.ts";
import {
  type ComponentRunner,
  OPTIMALITY_TOLERANCE,
  solveAllocation,
  solveComponentsInline,
} from "../../matching/domain/solve-allocation.ts";
import { allocationLimits, type CohortAllocationProblem } from "./cohort-allocation-problem.ts";

export interface QuotaOutcome {
  group: string;
  minShare: number;
  penalty: number;
  target: number;
  assigned: number;
  shortfall: number;
}

export interface CohortSolution {
  /** Per applicant (input index): the index into problem.pairs of its place, or -1. */
  pairOf: Int32Array;
  assigned: number;
  scoreTotal: number;
  quotaPenaltyTotal: number;
  /** scoreTotal − quotaPenaltyTotal: what was maximised. */
  objective: number;
  /** No allocation keeping every limit scores more. */
  bound: number;
  gap: number;
  relativeGap: number;
  optimal: boolean;
  quotas: QuotaOutcome[];
  /** min(cohort places, item places, applicants with a candidate pair): the base of quotas and of the cap. */
  fillable: number;
  seniorCap: { limit: number; assigned: number; binding: boolean; multiplier: number } | null;
  /** Applicants who had a place before the age cap was priced in (to tell "held back by the cap"). */
  assignedWithoutCap: Uint8Array;
  /** Solver calls made (1, or the bisection's). */
  solves: number;
  method: string;
}

/** Bisection steps at most; each halves the multiplier's interval. */
const MAX_BISECTIONS = 40;

export async function solveCohortAllocation(
  problem: CohortAllocationProblem,
  runComponents: ComponentRunner = solveComponentsInline,
): Promise<CohortSolution> {
  const { input, pairs, candidates } = problem;
  const A = input.applicants.length;
  const I = input.workItems.length;
  const itemPlaces = input.workItems.map((w) => Math.max(0, w.freePlaces));
  const limits = allocationLimits(problem);
  const { cohortPlaces, fillable, seniorLimit } = limits;
  const totalItemPlaces = limits.itemPlaces;

  // Candidate persons in order; pairs are grouped by applicant in that order already.
  const personOf = new Int32Array(A).fill(-1);
  candidates.forEach((a, p) => {
    personOf[a] = p;
  });
  const P = candidates.length;
  const pairStart = new Int32Array(P + 1);
  for (const pair of pairs) pairStart[personOf[pair.applicant]! + 1]!++;
  for (let p = 0; p < P; p++) pairStart[p + 1]! += pairStart[p]!;

  // Quota groups: the first requested group each person declared.
  const quotaRequests = input.options.quotas;
  const quotaOfPerson = new Int32Array(P).fill(-1);
  candidates.forEach((a, p) => {
    const declared = input.applicants[a]!.groups;
    quotaOfPerson[p] = quotaRequests.findIndex((q) => declared.includes(q.group));
  });
  const targets = quotaRequests.map((q) => Math.max(0, Math.ceil(q.minShare * fillable - 1e-9)));
  const maxPenalty = quotaRequests.reduce((m, q) => Math.max(m, q.penalty), 0);
  let maxScore = 0;
  for (const pair of pairs) maxScore = Math.max(maxScore, pair.score);

  // Fillers take the item places beyond the cohort's own number; their score beats any pair's
  // gain. The file model lets a person take one unit of a place at most, so the surplus is spread
  // over as many fillers as the largest item has places, with capacities as even as possible:
  // that realises every way of leaving the cohort's number of places (Gale–Ryser: the even
  // sequence is majorised by any other of the same length and sum).
  const fillerUnits = Math.max(0, totalItemPlaces - cohortPlaces);
  const fillerScore = maxScore + maxPenalty + 1;
  const fillers = Math.min(
    fillerUnits,
    itemPlaces.reduce((m, c) => Math.max(m, c), 0),
  );
  const fillerCapacity = (j: number) =>
    Math.floor(fillerUnits / fillers) + (j < fillerUnits % fillers ? 1 : 0);

  const cap = input.seniorCap;
  const isSenior = new Uint8Array(P);
  let seniorsWithPairs = 0;
  candidates.forEach((a, p) => {
    if (problem.isSenior(a)) {
      isSenior[p] = 1;
      if (pairStart[p + 1]! > pairStart[p]!) seniorsWithPairs++;
    }
  });

  const instance = (lambda: number): AllocationInstance => {
    const persons = P + fillers;
    const edges = pairs.length + fillers * I;
    const personIds: TAllocationId[] = candidates.map((a) => a);
    const personCapacity = new Int32Array(persons).fill(1);
    const personGroup = new Int32Array(persons).fill(-1);
    const edgeStart = new Int32Array(persons + 1);
    const edgeSlot = new Int32Array(edges);
    const edgeScore = new Float64Array(edges);
    for (let p = 0; p < P; p++) {
      personGroup[p] = quotaOfPerson[p]!;
      edgeStart[p + 1] = pairStart[p + 1]!;
      for (let k = pairStart[p]!; k < pairStart[p + 1]!; k++) {
        edgeSlot[k] = pairs[k]!.item;
        edgeScore[k] = pairs[k]!.score - (isSenior[p] ? lambda : 0);
      }
    }
    for (let j = 0; j < fillers; j++) {
      personIds.push(`filler:${j}`);
      personCapacity[P + j] = fillerCapacity(j);
      const at = pairs.length + j * I;
      edgeStart[P + j + 1] = at + I;
      for (let i = 0; i < I; i++) {
        edgeSlot[at + i] = i;
        edgeScore[at + i] = fillerScore;
      }
    }
    const built: AllocationInstance = {
      personIds,
      slotIds: input.workItems.map((_, i) => i),
      groupNames: quotaRequests.map((q) => q.group),
      personCapacity,
      personGroup,
      slotCapacity: Int32Array.from(itemPlaces),
      edgeStart,
      edgeSlot,
      edgeScore,
      quotas: [],
    };
    // The solver's targets are a share of *its* fillable positions, which the fillers enlarge:
    // the share is restated so that its target is exactly ours.
    const { fillablePositions } = quotaTargets(built);
    const quotas = quotaRequests.map((q, g) => ({
      group: g,
      penalty: q.penalty,
      minShare: targets[g]! === 0 || fillablePositions === 0 ? 0 : (targets[g]! - 0.5) / fillablePositions,
    }));
    const withQuotas = { ...built, quotas };
    const check = quotaTargets(withQuotas).targets.map((t) => t.target);
    if (check.some((t, g) => t !== targets[g]))
      throw new Error("quota targets do not carry over to the solver");
    return withQuotas;
  };

  interface Trial {
    lambda: number;
    pairIndex: Int32Array;
    seniors: number;
    objective: number;
    /** Upper bound on every allocation within the cap (Lagrangian with this λ). */
    bound: number;
  }

  let solves = 0;
  const trial = async (lambda: number): Promise<Trial> => {
    solves++;
    const result = await solveAllocation(instance(lambda), runComponents);
    const pairIndex = new Int32Array(P).fill(-1);
    const pairByItem = (p: number, item: number) => {
      for (let k = pairStart[p]!; k < pairStart[p + 1]!; k++) if (pairs[k]!.item === item) return k;
      return -1;
    };
    for (const a of result.assignments) {
      if (typeof a.person === "string") continue;
      const p = personOf[a.person as number]!;
      pairIndex[p] = pairByItem(p, a.slot as number);
    }
    const { objective, seniors } = evaluate(pairIndex);
    const limitTerm = Number.isFinite(seniorLimit) ? lambda * seniorLimit : 0;
    return {
      lambda,
      pairIndex,
      seniors,
      objective,
      bound: result.stats.verification.dualBound - fillerScore * fillerUnits + limitTerm,
    };
  };

  const evaluate = (pairIndex: Int32Array) => {
    let scoreTotal = 0;
    let seniors = 0;
    let assigned = 0;
    const groupUnits = new Int32Array(quotaRequests.length);
    for (let p = 0; p < P; p++) {
      const k = pairIndex[p]!;
      if (k < 0) continue;
      assigned++;
      scoreTotal += pairs[k]!.score;
      if (isSenior[p]) seniors++;
      if (quotaOfPerson[p]! >= 0) groupUnits[quotaOfPerson[p]!]!++;
    }
    let quotaPenaltyTotal = 0;
    quotaRequests.forEach((q, g) => {
      quotaPenaltyTotal += q.penalty * Math.max(0, targets[g]! - groupUnits[g]!);
    });
    return {
      scoreTotal,
      quotaPenaltyTotal,
      objective: scoreTotal - quotaPenaltyTotal,
      seniors,
      assigned,
      groupUnits,
    };
  };

  const first = await trial(0);
  const assignedWithoutCap = new Uint8Array(A);
  for (let p = 0; p < P; p++) if (first.pairIndex[p]! >= 0) assignedWithoutCap[candidates[p]!] = 1;
  let bound = first.bound;
  let chosen = first;
  let binding = false;
  if (cap && first.seniors > seniorLimit && seniorsWithPairs > seniorLimit) {
    binding = true;
    // Above this every pair of the capped group is worth nothing, so none is taken.
    let lo = 0;
    let hi = fillerScore + maxPenalty + 1;
    let best = await trial(hi);
    bound = Math.min(bound, best.bound);
    for (let step = 0; step < MAX_BISECTIONS && hi - lo > 1e-9 * (1 + hi); step++) {
      const mid = (lo + hi) / 2;
      const t = await trial(mid);
      bound = Math.min(bound, t.bound);
      if (t.seniors <= seniorLimit) {
        hi = mid;
        if (t.objective >= best.objective) best = t;
        if (t.seniors === seniorLimit) break;
      } else lo = mid;
    }
    chosen = { ...best, pairIndex: fillGreedily(best.pairIndex) };
  }

  /** Places the cap left free go, best pair first, to applicants without one, within every limit. */
  function fillGreedily(start: Int32Array): Int32Array {
    const pairIndex = Int32Array.from(start);
    const load = new Int32Array(I);
    let seniors = 0;
    let assigned = 0;
    for (let p = 0; p < P; p++) {
      const k = pairIndex[p]!;
      if (k < 0) continue;
      load[pairs[k]!.item]!++;
      assigned++;
      if (isSenior[p]) seniors++;
    }
    const order = pairs
      .map((pair, k) => ({ k, p: personOf[pair.applicant]!, score: pair.score }))
      .filter((x) => x.score > 0 && pairIndex[x.p]! < 0)
      .sort((x, y) => y.score - x.score || x.k - y.k);
    for (const { k, p } of order) {
      if (assigned >= cohortPlaces) break;
      if (pairIndex[p]! >= 0) continue;
      const item = pairs[k]!.item;
      if (load[item]! >= itemPlaces[item]!) continue;
      if (isSenior[p] && seniors >= seniorLimit) continue;
      pairIndex[p] = k;
      load[item]!++;
      assigned++;
      if (isSenior[p]) seniors++;
    }
    return pairIndex;
  }

  const final = evaluate(chosen.pairIndex);
  const pairOf = new Int32Array(A).fill(-1);
  for (let p = 0; p < P; p++) pairOf[candidates[p]!] = chosen.pairIndex[p]!;
  const gap = Math.max(0, bound - final.objective);
  const denominator = Math.max(Math.abs(final.objective), Math.abs(bound), maxScore, maxPenalty);
  const relativeGap = gap === 0 || denominator === 0 ? 0 : gap / denominator;
  return {
    pairOf,
    assigned: final.assigned,
    scoreTotal: final.scoreTotal,
    quotaPenaltyTotal: final.quotaPenaltyTotal,
    objective: final.objective,
    bound,
    gap,
    relativeGap,
    optimal: relativeGap <= OPTIMALITY_TOLERANCE,
    quotas: quotaRequests.map((q, g) => ({
      group: q.group,
      minShare: q.minShare,
      penalty: q.penalty,
      target: targets[g]!,
      assigned: final.groupUnits[g]!,
      shortfall: Math.max(0, targets[g]! - final.groupUnits[g]!),
    })),
    fillable,
    seniorCap: cap
      ? {
          limit: Number.isFinite(seniorLimit) ? seniorLimit : 0,
          assigned: final.seniors,
          binding,
          multiplier: binding ? chosen.lambda : 0,
        }
      : null,
    assignedWithoutCap,
    solves,
    method: binding
      ? "LP duality per solve; the age cap by Lagrangian relaxation: bound = min over λ of (dual bound at λ) + λ × cap"
      : "LP duality: the flow potentials give a feasible dual solution; its objective bounds every allocation",
  };
}
