/**
 * One independent piece of an allocation problem, in typed arrays so that it can be handed to a
 * worker thread without copying (every array is transferable) and solved without per-edge objects.
 *
 * Indices are local to the component: persons 0..P-1, slots 0..S-1, quota groups 0..G-1. Edges
 * are stored by person (CSR): person i's edges are edgeStart[i] .. edgeStart[i+1]-1, in input
 * order. Only edges worth taking are here (positive score, or a quota member's edge whose score
 * plus the quota penalty is positive); the rest can never be part of an optimal allocation.
 */
export interface ComponentProblem {
  personCapacity: Int32Array;
  /** Local quota group of each person, or -1. */
  personQuota: Int32Array;
  slotCapacity: Int32Array;
  edgeStart: Int32Array;
  edgeSlot: Int32Array;
  edgeScore: Float64Array;
  /** Per quota group: how many of its members' units may stay unassigned before the penalty starts. */
  quotaAllowance: Int32Array;
  /** Per quota group: the penalty per unit of shortfall (> 0). */
  quotaPenalty: Float64Array;
}

/**
 * The solved component: the flow on every edge (0 or 1) and the node potentials that prove it
 * optimal. Potentials follow the min-cost-flow convention (reduced cost c(i,j) + π(i) − π(j) ≥ 0
 * on every residual arc, π(sink) = 0); allocation-certificate.ts turns them into LP duals.
 */
export interface ComponentSolution {
  edgeFlow: Uint8Array;
  personPotential: Float64Array;
  slotPotential: Float64Array;
  quotaPotential: Float64Array;
  /** Shortest-path augmentations performed (one unit each). */
  augmentations: number;
  /** Nodes settled by Dijkstra, summed over all augmentations: the work done. */
  settledNodes: number;
}

export function componentTransferables(problem: ComponentProblem): ArrayBuffer[] {
  return [
    problem.personCapacity,
    problem.personQuota,
    problem.slotCapacity,
    problem.edgeStart,
    problem.edgeSlot,
    problem.edgeScore,
    problem.quotaAllowance,
    problem.quotaPenalty,
  ].map((a) => a.buffer as ArrayBuffer);
}

export function solutionTransferables(solution: ComponentSolution): ArrayBuffer[] {
  return [solution.edgeFlow, solution.personPotential, solution.slotPotential, solution.quotaPotential].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
