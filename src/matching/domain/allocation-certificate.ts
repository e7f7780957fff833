import type { ComponentProblem, ComponentSolution } from "./component-problem.ts";

/**
 * The proof that a component's allocation is optimal: its objective (primal) and the objective of
 * a feasible solution of the dual linear program (an upper bound on every allocation's objective).
 * When the two meet, the allocation is optimal; their difference is the duality gap.
 *
 * The linear program (x_e: edge taken, y_g: shortfall of quota group g):
 *
 *   maximise  Σ_e score_e·x_e − Σ_g penalty_g·y_g
 *   subject to Σ_{e at p} x_e ≤ c_p   (u_p ≥ 0)      Σ_{e at s} x_e ≤ c_s   (v_s ≥ 0)
 *              x_e ≤ 1                (z_e ≥ 0)      y_g + Σ_{e of members of g} x_e ≥ target_g   (μ_g ≥ 0)
 *              x, y ≥ 0
 *
 * and its dual: minimise Σ c_p·u_p + Σ c_s·v_s + Σ_e z_e − Σ_g target_g·μ_g with
 * z_e ≥ score_e + μ_{g(p)} − u_p − v_s and μ_g ≤ penalty_g. The flow potentials give u, v, μ
 * (μ_g = −π(D_g) and u_p = π(p) + μ_g with π(T) = 0, each clamped into its range, so the bound
 * is valid whatever the potentials are); z is the
 * smallest feasible value. Nothing here trusts the solver: any allocation and any potentials give
 * a correct objective and a correct upper bound.
 */
export interface ComponentCertificate {
  /** Σ scores of the taken edges. */
  scoreTotal: number;
  /** Σ penalty × shortfall inside the component (the target counted among members in it). */
  penaltyTotal: number;
  /** The dual objective: no allocation of this component can score more. */
  dualBound: number;
  /** Largest amount by which an edge, person or slot breaks a capacity in the allocation (0 if none). */
  capacityViolation: number;
  /** Per local quota group: how many member units were assigned. */
  quotaAssigned: Int32Array;
}

export function certifyComponent(
  problem: ComponentProblem,
  solution: ComponentSolution,
): ComponentCertificate {
  const { personCapacity, personQuota, slotCapacity, edgeStart, edgeSlot, edgeScore } = problem;
  const { quotaAllowance, quotaPenalty } = problem;
  const { edgeFlow, personPotential, slotPotential, quotaPotential } = solution;
  const P = personCapacity.length;
  const S = slotCapacity.length;
  const G = quotaAllowance.length;

  const mu = new Float64Array(G);
  const memberUnits = new Float64Array(G);
  for (let g = 0; g < G; g++) mu[g] = Math.min(quotaPenalty[g]!, Math.max(0, -quotaPotential[g]!));
  const slotDual = new Float64Array(S);
  for (let s = 0; s < S; s++) slotDual[s] = Math.max(0, -slotPotential[s]!);

  const slotLoad = new Int32Array(S);
  const quotaAssigned = new Int32Array(G);
  let scoreTotal = 0;
  let dualBound = 0;
  let capacityViolation = 0;
  for (let p = 0; p < P; p++) {
    const g = personQuota[p]!;
    const bonus = g >= 0 ? mu[g]! : 0;
    if (g >= 0) memberUnits[g] = memberUnits[g]! + personCapacity[p]!;
    // π(T) = 0: u_p = π(p) + μ_g keeps u_p + v_s − μ_g ≥ score on every free edge.
    const u = Math.max(0, personPotential[p]! + bonus);
    dualBound += personCapacity[p]! * u;
    let load = 0;
    for (let e = edgeStart[p]!, end = edgeStart[p + 1]!; e < end; e++) {
      const s = edgeSlot[e]!;
      const z = edgeScore[e]! + bonus - u - slotDual[s]!;
      if (z > 0) dualBound += z;
      const x = edgeFlow[e]!;
      if (x !== 0) {
        if (x !== 1) capacityViolation = Math.max(capacityViolation, x - 1);
        scoreTotal += edgeScore[e]!;
        load++;
        slotLoad[s]!++;
      }
    }
    if (g >= 0) quotaAssigned[g] = quotaAssigned[g]! + load;
    capacityViolation = Math.max(capacityViolation, load - personCapacity[p]!);
  }
  for (let s = 0; s < S; s++) {
    dualBound += slotCapacity[s]! * slotDual[s]!;
    capacityViolation = Math.max(capacityViolation, slotLoad[s]! - slotCapacity[s]!);
  }
  let penaltyTotal = 0;
  for (let g = 0; g < G; g++) {
    const target = Math.max(0, memberUnits[g]! - quotaAllowance[g]!);
    penaltyTotal += quotaPenalty[g]! * Math.max(0, target - quotaAssigned[g]!);
    dualBound -= target * mu[g]!;
  }
  return { scoreTotal, penaltyTotal, dualBound, capacityViolation, quotaAssigned };
}
