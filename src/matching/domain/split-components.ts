import type { AllocationInstance } from "./allocation-instance.ts";
import type { ComponentProblem } from "./component-problem.ts";
import type { QuotaTarget } from "./quota-targets.ts";

export interface ComponentSplit {
  problems: ComponentProblem[];
  /** Per component: the instance's person index of each local person. */
  persons: Int32Array[];
  /** Per component: the instance's edge index (CSR position) of each local edge. */
  edges: Int32Array[];
  /** Per component: the index into `targets` of each local quota group. */
  quotas: Int32Array[];
  /** Edges that may be worth taking: positive score, or positive with the person's quota penalty. */
  usableEdges: number;
  /** Per quota target: capacity units of members who have a usable edge (the rest can never count). */
  flowUnits: Float64Array;
}

/**
 * Splits the instance into independent pieces: connected components of the graph of usable
 * edges. An active quota joins its members into one piece (the group's shortfall is shared), so
 * a quota over everyone makes one piece; a per-region quota is a group per region. Components
 * come in order of their first person; inside one, persons, slots and edges keep the instance's
 * order. Edges that can never be worth taking (score ≤ 0 without a quota to make up for it, or a
 * person or slot of capacity 0) are left out.
 */
export function splitComponents(
  instance: AllocationInstance,
  targets: readonly QuotaTarget[],
): ComponentSplit {
  const { personCapacity, personGroup, slotCapacity, edgeStart, edgeSlot, edgeScore } = instance;
  const P = personCapacity.length;
  const S = slotCapacity.length;
  const Q = targets.length;

  const groupQuota = new Int32Array(instance.groupNames.length).fill(-1);
  targets.forEach((t, q) => {
    if (t.active) groupQuota[t.group] = q;
  });
  const personQuotaOf = (p: number) => (personGroup[p]! >= 0 ? groupQuota[personGroup[p]!]! : -1);

  const usable = new Uint8Array(edgeSlot.length);
  let usableEdges = 0;
  const hasUsable = new Uint8Array(P);
  for (let p = 0; p < P; p++) {
    if (personCapacity[p]! === 0) continue;
    const q = personQuotaOf(p);
    const bonus = q >= 0 ? targets[q]!.penalty : 0;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
      if (slotCapacity[edgeSlot[e]!]! > 0 && edgeScore[e]! + bonus > 0) {
        usable[e] = 1;
        usableEdges++;
        hasUsable[p] = 1;
      }
    }
  }

  // Union-find over persons, slots and quota nodes.
  const parent = new Int32Array(P + S + Q);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const flowUnits = new Float64Array(Q);
  for (let p = 0; p < P; p++) {
    if (hasUsable[p] === 0) continue;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) if (usable[e] === 1) union(p, P + edgeSlot[e]!);
    const q = personQuotaOf(p);
    if (q >= 0) {
      union(p, P + S + q);
      flowUnits[q] = flowUnits[q]! + personCapacity[p]!;
    }
  }

  // Component ids in order of first person; local indices in instance order.
  const componentOfRoot = new Int32Array(P + S + Q).fill(-1);
  const personComponent = new Int32Array(P).fill(-1);
  const localPerson = new Int32Array(P);
  const personCount: number[] = [];
  const edgeCount: number[] = [];
  for (let p = 0; p < P; p++) {
    if (hasUsable[p] === 0) continue;
    const root = find(p);
    let c = componentOfRoot[root]!;
    if (c < 0) {
      c = personCount.length;
      componentOfRoot[root] = c;
      personCount.push(0);
      edgeCount.push(0);
    }
    personComponent[p] = c;
    localPerson[p] = personCount[c]!++;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) edgeCount[c]! += usable[e]!;
  }
  const C = personCount.length;
  const slotCount = new Array<number>(C).fill(0);
  const localSlot = new Int32Array(S).fill(-1);
  const slotComponent = new Int32Array(S).fill(-1);
  for (let p = 0; p < P; p++) {
    if (hasUsable[p] === 0) continue;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
      if (usable[e] === 1) slotComponent[edgeSlot[e]!] = personComponent[p]!;
    }
  }
  for (let s = 0; s < S; s++) {
    const c = slotComponent[s]!;
    if (c >= 0) localSlot[s] = slotCount[c]!++;
  }
  const quotaCount = new Array<number>(C).fill(0);
  const localQuota = new Int32Array(Q).fill(-1);
  const quotaComponent = new Int32Array(Q).fill(-1);
  for (let q = 0; q < Q; q++) {
    if (flowUnits[q]! === 0) continue;
    const c = componentOfRoot[find(P + S + q)]!;
    quotaComponent[q] = c;
    localQuota[q] = quotaCount[c]!++;
  }

  const problems: ComponentProblem[] = [];
  const persons: Int32Array[] = [];
  const edges: Int32Array[] = [];
  const quotas: Int32Array[] = [];
  for (let c = 0; c < C; c++) {
    problems.push({
      personCapacity: new Int32Array(personCount[c]!),
      personQuota: new Int32Array(personCount[c]!).fill(-1),
      slotCapacity: new Int32Array(slotCount[c]!),
      edgeStart: new Int32Array(personCount[c]! + 1),
      edgeSlot: new Int32Array(edgeCount[c]!),
      edgeScore: new Float64Array(edgeCount[c]!),
      quotaAllowance: new Int32Array(quotaCount[c]!),
      quotaPenalty: new Float64Array(quotaCount[c]!),
    });
    persons.push(new Int32Array(personCount[c]!));
    edges.push(new Int32Array(edgeCount[c]!));
    quotas.push(new Int32Array(quotaCount[c]!));
  }
  const edgeFill = new Int32Array(C);
  for (let p = 0; p < P; p++) {
    const c = personComponent[p]!;
    if (c < 0) continue;
    const problem = problems[c]!;
    const i = localPerson[p]!;
    persons[c]![i] = p;
    problem.personCapacity[i] = personCapacity[p]!;
    const q = personQuotaOf(p);
    if (q >= 0) problem.personQuota[i] = localQuota[q]!;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
      if (usable[e] === 0) continue;
      const k = edgeFill[c]!++;
      problem.edgeSlot[k] = localSlot[edgeSlot[e]!]!;
      problem.edgeScore[k] = edgeScore[e]!;
      edges[c]![k] = e;
    }
    problem.edgeStart[i + 1] = edgeFill[c]!;
  }
  for (let s = 0; s < S; s++) {
    const c = slotComponent[s]!;
    if (c >= 0) problems[c]!.slotCapacity[localSlot[s]!] = slotCapacity[s]!;
  }
  for (let q = 0; q < Q; q++) {
    const c = quotaComponent[q]!;
    if (c < 0) continue;
    const k = localQuota[q]!;
    quotas[c]![k] = q;
    problems[c]!.quotaAllowance[k] = Math.max(0, flowUnits[q]! - targets[q]!.target);
    problems[c]!.quotaPenalty[k] = targets[q]!.penalty;
  }
  return { problems, persons, edges, quotas, usableEdges, flowUnits };
}
