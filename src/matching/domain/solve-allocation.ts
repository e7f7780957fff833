import type { TAllocationResult, TUnassignedReason } from "../allocation-file.schema.ts";
import type { AllocationInstance } from "./allocation-instance.ts";
import type { ComponentProblem } from "./component-problem.ts";
import { quotaTargets } from "./quota-targets.ts";
import { type SolvedComponent, solveComponentExactly } from "./solve-component.ts";
import { splitComponents } from "./split-components.ts";

/** Solves a list of independent components, in order (inline here; worker threads in ../). */
export type ComponentRunner = (problems: ComponentProblem[]) => Promise<SolvedComponent[]>;

/** `optimal` is claimed when the duality gap is at most this share of the objective. */
export const OPTIMALITY_TOLERANCE = 1e-9;

export const solveComponentsInline: ComponentRunner = async (problems) => problems.map(solveComponentExactly);

/**
 * The optimal allocation: maximise Σ scores − Σ quota penalties, with at most `capacity` units per
 * person (each in a different slot) and per slot. The instance is split into independent
 * components, each solved exactly (solve-component.ts); the result carries the assignments in
 * input order, the proof of optimality (a dual bound and the gap), per-group figures and the
 * reason each unassigned person is unassigned. The same instance always gives the same result.
 */
export async function solveAllocation(
  instance: AllocationInstance,
  runComponents: ComponentRunner = solveComponentsInline,
): Promise<TAllocationResult> {
  const { fillablePositions, targets } = quotaTargets(instance);
  const split = splitComponents(instance, targets);
  const shapes = split.problems.map((p) => ({
    people: p.personCapacity.length,
    slots: p.slotCapacity.length,
    edges: p.edgeSlot.length,
  }));
  const solved = await runComponents(split.problems);

  const { personIds, slotIds, personCapacity, personGroup, slotCapacity, edgeStart, edgeSlot, edgeScore } =
    instance;
  const P = personCapacity.length;
  const S = slotCapacity.length;
  const assigned = new Uint8Array(edgeSlot.length);
  let dualBound = 0;
  let capacityViolations = 0;
  const work = { auctionBids: 0, augmentations: 0, settledNodes: 0 };
  solved.forEach((component, c) => {
    const edges = split.edges[c]!;
    const flow = component.solution.edgeFlow;
    for (let k = 0; k < flow.length; k++) if (flow[k] !== 0) assigned[edges[k]!] = 1;
    dualBound += component.certificate.dualBound;
    if (component.certificate.capacityViolation > 0) capacityViolations++;
    work.auctionBids += component.auctionBids;
    work.augmentations += component.solution.augmentations;
    work.settledNodes += component.solution.settledNodes;
  });

  const assignments: TAllocationResult["assignments"] = [];
  const personUnits = new Int32Array(P);
  const slotLoad = new Int32Array(S);
  let scoreTotal = 0;
  for (let p = 0; p < P; p++) {
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
      if (assigned[e] === 0) continue;
      const s = edgeSlot[e]!;
      assignments.push({ person: personIds[p]!, slot: slotIds[s]!, score: edgeScore[e]! });
      scoreTotal += edgeScore[e]!;
      personUnits[p]!++;
      slotLoad[s]!++;
    }
  }
  for (let p = 0; p < P; p++) if (personUnits[p]! > personCapacity[p]!) capacityViolations++;
  for (let s = 0; s < S; s++) if (slotLoad[s]! > slotCapacity[s]!) capacityViolations++;

  // Groups: members, assignments, and each quota's shortfall and penalty.
  const G = instance.groupNames.length;
  const members = new Int32Array(G);
  const groupPeople = new Int32Array(G);
  const groupUnits = new Int32Array(G);
  let assignedPeople = 0;
  let assignedUnits = 0;
  let partiallyAssignedPeople = 0;
  for (let p = 0; p < P; p++) {
    const g = personGroup[p]!;
    const units = personUnits[p]!;
    assignedUnits += units;
    if (units > 0) assignedPeople++;
    if (units > 0 && units < personCapacity[p]!) partiallyAssignedPeople++;
    if (g < 0) continue;
    members[g]!++;
    groupUnits[g]! += units;
    if (units > 0) groupPeople[g]!++;
  }
  let quotaPenaltyTotal = 0;
  const quotaOfGroup = new Map(targets.map((t, q) => [t.group, q]));
  const groups = instance.groupNames.map((name, g) => {
    const q = quotaOfGroup.get(g);
    const t = q === undefined ? undefined : targets[q]!;
    let quota: TAllocationResult["stats"]["groups"][number]["quota"];
    if (t) {
      const shortfall = Math.max(0, t.target - groupUnits[g]!);
      const penaltyTotal = t.penalty * shortfall;
      quotaPenaltyTotal += penaltyTotal;
      // The part of the shortfall no allocation can avoid is outside the components' bounds.
      if (t.active) dualBound -= t.penalty * Math.max(0, t.target - split.flowUnits[q!]!);
      quota = { minShare: t.minShare, penalty: t.penalty, target: t.target, shortfall, penaltyTotal };
    }
    return {
      group: name,
      members: members[g]!,
      assignedPeople: groupPeople[g]!,
      assignedUnits: groupUnits[g]!,
      shareOfAssigned: assignedUnits === 0 ? 0 : groupUnits[g]! / assignedUnits,
      ...(quota ? { quota } : {}),
    };
  });

  const objective = scoreTotal - quotaPenaltyTotal;
  let scale = 0;
  for (const e of edgeScore) scale = Math.max(scale, Math.abs(e));
  for (const t of targets) scale = Math.max(scale, t.penalty);
  const gap = dualBound - objective;
  const denominator = Math.max(Math.abs(objective), Math.abs(dualBound), scale);
  const relativeGap = gap === 0 || denominator === 0 ? 0 : gap / denominator;

  const unassigned = unassignedReasons(instance, personUnits, targets, quotaOfGroup);
  const unassignedReasonCounts: Record<string, number> = {};
  for (const u of unassigned) unassignedReasonCounts[u.reason] = (unassignedReasonCounts[u.reason] ?? 0) + 1;

  let largest = { people: 0, slots: 0, edges: 0 };
  for (const shape of shapes) if (shape.edges > largest.edges) largest = shape;

  return {
    assignments,
    objective,
    optimal: relativeGap <= OPTIMALITY_TOLERANCE && capacityViolations === 0,
    unassigned,
    stats: {
      people: P,
      slots: S,
      edges: edgeSlot.length,
      usableEdges: split.usableEdges,
      components: split.problems.length,
      largestComponent: largest,
      fillablePositions,
      assignedPeople,
      assignedUnits,
      partiallyAssignedPeople,
      unassignedPeople: unassigned.length,
      scoreTotal,
      quotaPenaltyTotal,
      unassignedReasons: unassignedReasonCounts,
      groups,
      verification: {
        method:
          "LP duality: the flow potentials give a feasible dual solution; its objective bounds every allocation",
        dualBound,
        gap,
        relativeGap,
        capacityViolations,
      },
      work,
    },
  };
}

/**
 * Why each person with nothing assigned has nothing. In an optimal allocation a person with a
 * worthwhile edge to a slot with room would have been given it, so once capacity, candidates and
 * scores are ruled out, every worthwhile candidate slot is full with people who add up to more.
 */
function unassignedReasons(
  instance: AllocationInstance,
  personUnits: Int32Array,
  targets: ReturnType<typeof quotaTargets>["targets"],
  quotaOfGroup: Map<number, number>,
): TAllocationResult["unassigned"] {
  const { personIds, personCapacity, personGroup, slotCapacity, edgeStart, edgeSlot, edgeScore } = instance;
  const out: TAllocationResult["unassigned"] = [];
  for (let p = 0; p < personCapacity.length; p++) {
    if (personUnits[p]! > 0) continue;
    let reason: TUnassignedReason;
    if (personCapacity[p] === 0) reason = "zero_capacity";
    else if (edgeStart[p + 1] === edgeStart[p]) reason = "no_candidate_slots";
    else {
      const q = personGroup[p]! >= 0 ? quotaOfGroup.get(personGroup[p]!) : undefined;
      const bonus = q !== undefined && targets[q]!.active ? targets[q]!.penalty : 0;
      let worthwhile = 0;
      let open = 0;
      for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
        if (edgeScore[e]! + bonus <= 0) continue;
        worthwhile++;
        if (slotCapacity[edgeSlot[e]!]! > 0) open++;
      }
      if (worthwhile === 0) reason = "only_non_positive_scores";
      else if (open === 0) reason = "candidate_slots_closed";
      else reason = "slots_taken_by_higher_total";
    }
    out.push({ person: personIds[p]!, reason });
  }
  return out;
}
