import loadHighs from "highs";
import type { AllocationInstance } from "./domain/allocation-instance.ts";
import type { ComponentProblem } from "./domain/component-problem.ts";
import { quotaTargets } from "./domain/quota-targets.ts";

/**
 * The peer for tests and benchmarks, not the production solver: the same component as a linear
 * program for HiGHS (the LP of a bipartite b-matching with the quota rows is integral, so its
 * optimum is the allocation optimum). `highs` is a devDependency; only *.test.ts and *.bench.ts
 * import this file.
 *
 *   maximise Σ score_e·x_e − Σ penalty_g·y_g
 *   s.t. Σ_{e at p} x_e ≤ c_p,  Σ_{e at s} x_e ≤ c_s,  y_g + Σ_{members' e} x_e ≥ target_g,
 *        0 ≤ x_e ≤ 1, y_g ≥ 0
 */
export type Highs = Awaited<ReturnType<typeof loadHighs>>;

let loaded: Promise<Highs> | undefined;
export function loadHighsPeer(): Promise<Highs> {
  loaded ??= loadHighs();
  return loaded;
}

export interface HighsAllocationResult {
  status: string;
  objective: number;
  /** x_e per edge (may be fractional only where the LP has ties, never at a vertex). */
  edgeValue: Float64Array;
}

/** A component, as the solver sees it (the per-region peer of the benchmark). */
export function solveWithHighs(highs: Highs, problem: ComponentProblem): HighsAllocationResult {
  const G = problem.quotaAllowance.length;
  const memberUnits = new Float64Array(G);
  problem.personCapacity.forEach((c, p) => {
    const g = problem.personQuota[p]!;
    if (g >= 0) memberUnits[g] = memberUnits[g]! + c;
  });
  return solveLp(highs, {
    ...problem,
    quotaTarget: memberUnits.map((m, g) => Math.max(0, m - problem.quotaAllowance[g]!)),
  });
}

/**
 * A whole instance straight from the file's definitions, every edge included (even those the
 * solver leaves out as never worth taking): an independent check of the splitting and filtering.
 */
export function solveInstanceWithHighs(highs: Highs, instance: AllocationInstance): HighsAllocationResult {
  const { targets } = quotaTargets(instance);
  const quotaOfGroup = new Map(targets.map((t, q) => [t.group, q]));
  const personQuota = instance.personGroup.map((g) => (g >= 0 ? (quotaOfGroup.get(g) ?? -1) : -1));
  return solveLp(highs, {
    personCapacity: instance.personCapacity,
    personQuota,
    slotCapacity: instance.slotCapacity,
    edgeStart: instance.edgeStart,
    edgeSlot: instance.edgeSlot,
    edgeScore: instance.edgeScore,
    quotaPenalty: Float64Array.from(targets, (t) => t.penalty),
    quotaTarget: Float64Array.from(targets, (t) => t.target),
  });
}

interface LpInput {
  personCapacity: Int32Array;
  personQuota: Int32Array;
  slotCapacity: Int32Array;
  edgeStart: Int32Array;
  edgeSlot: Int32Array;
  edgeScore: Float64Array;
  quotaPenalty: Float64Array;
  quotaTarget: Float64Array;
}

function solveLp(highs: Highs, problem: LpInput): HighsAllocationResult {
  const { personCapacity, personQuota, slotCapacity, edgeStart, edgeSlot, edgeScore } = problem;
  const { quotaPenalty, quotaTarget } = problem;
  const P = personCapacity.length;
  const S = slotCapacity.length;
  const G = quotaPenalty.length;
  const E = edgeSlot.length;

  const numCols = E + G;
  const numRows = P + S + G;
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  for (let p = 0; p < P; p++) {
    const g = personQuota[p]!;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
      indices.push(p, P + edgeSlot[e]!);
      values.push(1, 1);
      if (g >= 0) {
        indices.push(P + S + g);
        values.push(1);
      }
      starts[e + 1] = indices.length;
      colCost[e] = edgeScore[e]!;
      colUpper[e] = 1;
    }
  }
  for (let g = 0; g < G; g++) {
    indices.push(P + S + g);
    values.push(1);
    starts[E + g + 1] = indices.length;
    colCost[E + g] = -quotaPenalty[g]!;
    colUpper[E + g] = highs.infinity;
  }
  const rowLower = new Float64Array(numRows).fill(-highs.infinity);
  const rowUpper = new Float64Array(numRows).fill(highs.infinity);
  for (let p = 0; p < P; p++) rowUpper[p] = personCapacity[p]!;
  for (let s = 0; s < S; s++) rowUpper[P + s] = slotCapacity[s]!;
  for (let g = 0; g < G; g++) rowLower[P + S + g] = quotaTarget[g]!;

  return highs.withModel(
    {
      numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: {
        format: "csc",
        numRows,
        numCols,
        starts,
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    },
    (model) => {
      model.options.set({ output_flag: false });
      model.run();
      const status = model.getModelStatus();
      return {
        status: status === highs.constants.modelStatus.optimal ? "optimal" : `status ${status}`,
        objective: model.getObjectiveValue(),
        edgeValue: model.getSolution().colValue.slice(0, E),
      };
    },
  );
}
