import type { ComponentProblem, ComponentSolution } from "./component-problem.ts";
import { IndexedHeap } from "./indexed-heap.ts";

/** Starting prices for the slots (e.g. from auction-prices.ts): a warm start, never a shortcut. */
export interface WarmStart {
  /** Price (LP dual, ≥ 0) of each slot that is expected to be full; 0 for the others. */
  slotPrice: Float64Array;
  /** 1 where the slot is expected to be full. */
  slotFull: Uint8Array;
  /** 1 on the edges of a starting allocation (kept where consistent with the prices). */
  edgeHeld?: Uint8Array;
}

/**
 * Exact maximum-weight b-matching of one component as a min-cost flow, by successive shortest
 * paths with node potentials (Dijkstra on reduced costs). Decision 0008 explains the choice.
 *
 * The network (every person ships all its capacity units, so no supply is ever left over):
 *
 *   person p ──(cap 1, cost −score)──▶ slot s ──(cap c_s, cost 0)──▶ sink T
 *   person p ──(cap c_p, cost 0, "stays unassigned")──▶ T                (p in no quota group)
 *   person p ──(cap c_p, cost 0)──▶ quota node D_g ──(cap allowance_g, cost 0)──▶ T
 *                                               └────(unbounded, cost penalty_g)──▶ T
 *
 * The quota gadget: a group's unassigned units are free up to its allowance (members' units minus
 * the target) and cost the penalty each beyond it, so the network's minimum cost is exactly
 * −(Σ scores − Σ penalty × shortfall). It stays a plain min-cost flow, hence integral.
 *
 * Persons are added one at a time, each unit along a shortest path from the person to T in the
 * residual network: the path ends at a slot with room, at a person who gives up its place (that
 * unit becomes unassigned), or at a quota node. Potentials keep every residual arc's reduced cost
 * non-negative, so Dijkstra applies; they are the dual solution that proves the final flow
 * optimal (complementary slackness). A search stops as soon as T is settled and prunes anything
 * not shorter than the best path to T found so far.
 *
 * Warm start: prices that are close to the final duals make every search short. Slots expected
 * to be full start with their s → T arc saturated by "phantom" units (so the slot may carry a
 * price) and absorb persons until the phantoms are used up; phantom units still left at the end
 * are cancelled by shortest paths from T. The result is optimal whatever the warm start was.
 *
 * Ties go to the path found first. For a person outside quota groups the "stays unassigned" arc
 * is found first, so an edge is only taken when it strictly improves the objective.
 */
export function solveComponent(
  problem: ComponentProblem,
  options: { order?: Int32Array; warmStart?: WarmStart } = {},
): ComponentSolution {
  const { personCapacity, personQuota, slotCapacity, edgeStart, edgeSlot, edgeScore } = problem;
  const { quotaAllowance, quotaPenalty } = problem;
  const P = personCapacity.length;
  const S = slotCapacity.length;
  const G = quotaAllowance.length;
  const E = edgeSlot.length;
  const SLOT0 = P;
  const GROUP0 = P + S;
  const T = P + S + G;
  const N = T + 1;

  let scale = 0;
  for (let e = 0; e < E; e++) scale = Math.max(scale, Math.abs(edgeScore[e]!));
  for (let g = 0; g < G; g++) scale = Math.max(scale, quotaPenalty[g]!);
  // Paths shorter by less than this are taken as ties (floating-point noise, not a real gain).
  const tol = 1e-13 * scale;

  const edgePerson = new Int32Array(E);
  for (let p = 0; p < P; p++) edgePerson.fill(p, edgeStart[p]!, edgeStart[p + 1]!);

  // Each slot's assigned edges, in a list of at most min(capacity, degree) entries.
  const slotDegree = new Int32Array(S);
  for (let e = 0; e < E; e++) slotDegree[edgeSlot[e]!]!++;
  const slotListStart = new Int32Array(S + 1);
  for (let s = 0; s < S; s++)
    slotListStart[s + 1] = slotListStart[s]! + Math.min(slotCapacity[s]!, slotDegree[s]!);
  const slotList = new Int32Array(slotListStart[S]!);
  const slotLoad = new Int32Array(S); // persons assigned
  const slotToSink = new Int32Array(S); // units on s → T, phantoms included
  const edgePos = new Int32Array(E).fill(-1);
  const flow = new Uint8Array(E);

  // Each quota group's members with unassigned units (they may come back in along D_g → member).
  const groupMembers = new Int32Array(G);
  for (let p = 0; p < P; p++) if (personQuota[p]! >= 0) groupMembers[personQuota[p]!]!++;
  const groupListStart = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) groupListStart[g + 1] = groupListStart[g]! + groupMembers[g]!;
  const groupList = new Int32Array(groupListStart[G]!);
  const groupListLen = new Int32Array(G);
  const personGroupPos = new Int32Array(P).fill(-1);
  const unassignedUnits = new Int32Array(P);
  const cheapUsed = new Int32Array(G);
  const penaltyUsed = new Int32Array(G);

  const pi = new Float64Array(N);
  let deficit = 0;
  const warm = options.warmStart;
  if (warm) {
    for (let s = 0; s < S; s++) {
      // A phantom-filled slot must be fillable; its price is then any non-negative number.
      if (warm.slotFull[s] === 1 && slotCapacity[s]! > 0 && slotCapacity[s]! <= slotDegree[s]!) {
        slotToSink[s] = slotCapacity[s]!;
        deficit += slotCapacity[s]!;
        pi[SLOT0 + s] = -Math.max(0, warm.slotPrice[s]!);
      }
    }
  }

  const dist = new Float64Array(N);
  // pred: slot → the forward edge used, or FROM_T; person → the reverse edge used (≥ 0), FROM_GROUP
  // or FROM_T; quota node → the member whose "unassigned" arc was used, FROM_T_CHEAP or FROM_T_PENALTY.
  const pred = new Int32Array(N);
  const reached = new Int32Array(N);
  const settled = new Int32Array(N);
  const settledList = new Int32Array(N);
  const heap = new IndexedHeap(N, dist);
  const FROM_GROUP = -2;
  const FROM_T = -3;
  const FROM_T_CHEAP = -4;
  const FROM_T_PENALTY = -5;

  const END_SLOT = 1; // along s → T
  const END_DEFICIT = 2; // a slot still holding phantom units takes the unit
  const END_DUMMY = 3;
  const END_CHEAP = 4;
  const END_PENALTY = 5;

  let round = 0;
  let augmentations = 0;
  let settledNodes = 0;
  let bestT = 0;
  let endKind = 0;
  let endNode = -1;

  function relax(node: number, nd: number, how: number) {
    if (nd >= bestT || settled[node] === round) return;
    if (reached[node] !== round) {
      reached[node] = round;
      dist[node] = nd;
      pred[node] = how;
      heap.push(node);
    } else if (nd < dist[node]!) {
      dist[node] = nd;
      pred[node] = how;
      heap.decrease(node);
    }
  }

  function candidate(nd: number, kind: number, node: number) {
    if (nd < bestT - tol) {
      bestT = nd;
      endKind = kind;
      endNode = node;
    }
  }

  /** Dijkstra from `source` (a person, or T to cancel a phantom unit) until T or a deficit is settled. */
  function search(source: number) {
    round++;
    bestT = Number.POSITIVE_INFINITY;
    endKind = 0;
    endNode = -1;
    let settledCount = 0;
    reached[source] = round;
    dist[source] = 0;
    pred[source] = -1;
    heap.push(source);
    const fromT = source === T;
    const piT = pi[T]!;

    while (heap.size > 0) {
      const i = heap.pop();
      const d = dist[i]!;
      if (d >= bestT) break;
      settled[i] = round;
      settledList[settledCount++] = i;
      const pii = pi[i]!;

      if (i < SLOT0) {
        // A person: its "unassigned" arc first (so that ties keep it unassigned), then its free edges.
        const g = personQuota[i]!;
        if (g < 0) {
          if (!fromT) {
            const rc = pii - piT;
            candidate(d + (rc > 0 ? rc : 0), END_DUMMY, i);
          }
        } else {
          const rc = pii - pi[GROUP0 + g]!;
          relax(GROUP0 + g, d + (rc > 0 ? rc : 0), i);
        }
        for (let e = edgeStart[i]!, end = edgeStart[i + 1]!; e < end; e++) {
          if (flow[e] !== 0) continue;
          const node = SLOT0 + edgeSlot[e]!;
          const rc = pii - edgeScore[e]! - pi[node]!;
          relax(node, d + (rc > 0 ? rc : 0), e);
        }
      } else if (i < GROUP0) {
        // A slot: a phantom unit to replace or room left ends the path; else a holder may leave.
        const s = i - SLOT0;
        if (slotToSink[s]! > slotLoad[s]!) candidate(d, END_DEFICIT, i);
        else if (!fromT && slotToSink[s]! < slotCapacity[s]!) {
          const rc = pii - piT;
          candidate(d + (rc > 0 ? rc : 0), END_SLOT, i);
        }
        for (let k = slotListStart[s]!, end = k + slotLoad[s]!; k < end; k++) {
          const e = slotList[k]!;
          const q = edgePerson[e]!;
          const rc = edgeScore[e]! + pii - pi[q]!;
          relax(q, d + (rc > 0 ? rc : 0), e);
        }
      } else if (i < T) {
        // A quota node: free unassigned units while the allowance lasts, then the penalty; or an
        // unassigned member takes a place instead.
        const g = i - GROUP0;
        if (!fromT) {
          if (cheapUsed[g]! < quotaAllowance[g]!) {
            const rc = pii - piT;
            candidate(d + (rc > 0 ? rc : 0), END_CHEAP, i);
          }
          const rc = quotaPenalty[g]! + pii - piT;
          candidate(d + (rc > 0 ? rc : 0), END_PENALTY, i);
        }
        for (let k = groupListStart[g]!, end = k + groupListLen[g]!; k < end; k++) {
          const q = groupList[k]!;
          const rc = pii - pi[q]!;
          relax(q, d + (rc > 0 ? rc : 0), FROM_GROUP);
        }
      } else {
        // T (cancelling a phantom unit): back along any arc into T that carries flow.
        for (let s = 0; s < S; s++) {
          if (slotToSink[s]! === 0) continue;
          const rc = piT - pi[SLOT0 + s]!;
          relax(SLOT0 + s, rc > 0 ? rc : 0, FROM_T);
        }
        for (let q = 0; q < P; q++) {
          if (unassignedUnits[q]! === 0 || personQuota[q]! >= 0) continue;
          const rc = piT - pi[q]!;
          relax(q, rc > 0 ? rc : 0, FROM_T);
        }
        for (let g = 0; g < G; g++) {
          const node = GROUP0 + g;
          const rcCheap = piT - pi[node]!;
          if (cheapUsed[g]! > 0) relax(node, rcCheap > 0 ? rcCheap : 0, FROM_T_CHEAP);
          const rcPenalty = piT - pi[node]! - quotaPenalty[g]!;
          if (penaltyUsed[g]! > 0) relax(node, rcPenalty > 0 ? rcPenalty : 0, FROM_T_PENALTY);
        }
      }
    }
    heap.clear();
    settledNodes += settledCount;

    // Potentials: settled nodes move by their distance short of the path's, so that reduced costs
    // stay non-negative and become zero along the path.
    for (let k = 0; k < settledCount; k++) {
      const i = settledList[k]!;
      pi[i] = pi[i]! + dist[i]! - bestT;
    }
    augmentations++;
    augment(source);
  }

  /** Moves one unit along the path found, from its end back to its source. */
  function augment(source: number) {
    if (endKind === END_SLOT) slotToSink[endNode - SLOT0]!++;
    else if (endKind === END_DEFICIT) deficit--;
    else if (endKind === END_DUMMY) addUnassigned(endNode, 1);
    else if (endKind === END_CHEAP) cheapUsed[endNode - GROUP0]!++;
    else if (endKind === END_PENALTY) penaltyUsed[endNode - GROUP0]!++;
    let node = endNode;
    while (node !== source) {
      const how = pred[node]!;
      if (node >= GROUP0) {
        if (how === FROM_T_CHEAP) cheapUsed[node - GROUP0]!--;
        else if (how === FROM_T_PENALTY) penaltyUsed[node - GROUP0]!--;
        else addUnassigned(how, 1);
        node = how >= 0 ? how : T;
      } else if (node >= SLOT0) {
        const s = node - SLOT0;
        if (how === FROM_T) {
          slotToSink[s]!--;
          node = T;
        } else {
          // Removals at this slot happened first (walking back), so there is room in its list.
          const pos = slotListStart[s]! + slotLoad[s]!;
          slotList[pos] = how;
          edgePos[how] = pos;
          slotLoad[s]!++;
          flow[how] = 1;
          node = edgePerson[how]!;
        }
      } else if (how === FROM_GROUP) {
        addUnassigned(node, -1);
        node = GROUP0 + personQuota[node]!;
      } else if (how === FROM_T) {
        addUnassigned(node, -1);
        node = T;
      } else {
        const s = edgeSlot[how]!;
        const last = slotListStart[s]! + slotLoad[s]! - 1;
        const pos = edgePos[how]!;
        const moved = slotList[last]!;
        slotList[pos] = moved;
        edgePos[moved] = pos;
        edgePos[how] = -1;
        slotLoad[s]!--;
        flow[how] = 0;
        node = SLOT0 + s;
      }
    }
  }

  function addUnassigned(q: number, units: number) {
    if (units === 0) return;
    unassignedUnits[q] = unassignedUnits[q]! + units;
    const g = personQuota[q]!;
    if (g < 0) return;
    if (unassignedUnits[q]! > 0 && personGroupPos[q] === -1) {
      const pos = groupListStart[g]! + groupListLen[g]!;
      groupList[pos] = q;
      personGroupPos[q] = pos;
      groupListLen[g]!++;
    } else if (unassignedUnits[q] === 0 && personGroupPos[q] !== -1) {
      const last = groupListStart[g]! + groupListLen[g]! - 1;
      const pos = personGroupPos[q]!;
      const moved = groupList[last]!;
      groupList[pos] = moved;
      personGroupPos[moved] = pos;
      personGroupPos[q] = -1;
      groupListLen[g]!--;
    }
  }

  // Units already placed by the warm start's allocation: kept only where they agree exactly with
  // the prices (the edge is at least as good as every edge the person does not hold).
  const placed = new Int32Array(P);
  const held = warm?.edgeHeld;
  if (held) {
    for (let p = 0; p < P; p++) {
      const quota = personQuota[p]!;
      let u = quota >= 0 ? pi[GROUP0 + quota]! : pi[T]!;
      let holds = 0;
      for (let e = edgeStart[p]!, end = edgeStart[p + 1]!; e < end; e++) {
        if (held[e] !== 0) {
          holds++;
          continue;
        }
        const value = edgeScore[e]! + pi[SLOT0 + edgeSlot[e]!]!;
        if (value > u) u = value;
      }
      if (holds === 0) continue;
      for (let e = edgeStart[p]!, end = edgeStart[p + 1]!; e < end; e++) {
        if (held[e] === 0 || placed[p]! >= personCapacity[p]!) continue;
        const s = edgeSlot[e]!;
        if (edgeScore[e]! + pi[SLOT0 + s]! < u) continue;
        if (slotLoad[s]! >= slotCapacity[s]!) continue;
        if (slotToSink[s]! > slotLoad[s]!) deficit--;
        else slotToSink[s]!++;
        const pos = slotListStart[s]! + slotLoad[s]!;
        slotList[pos] = e;
        edgePos[e] = pos;
        slotLoad[s]!++;
        flow[e] = 1;
        placed[p]!++;
      }
      // The person is now part of the network: its potential must stay valid from here on.
      if (placed[p]! > 0) pi[p] = u;
    }
  }

  const sequence = options.order ?? defaultOrder(problem);
  for (let k = 0; k < sequence.length; k++) {
    const p = sequence[k]!;
    if (placed[p]! >= personCapacity[p]!) continue;
    if (placed[p] === 0) {
      // A feasible start potential: every arc out of p has a non-negative reduced cost.
      const quota = personQuota[p]!;
      let start = quota >= 0 ? pi[GROUP0 + quota]! : pi[T]!;
      for (let e = edgeStart[p]!, end = edgeStart[p + 1]!; e < end; e++) {
        const value = edgeScore[e]! + pi[SLOT0 + edgeSlot[e]!]!;
        if (value > start) start = value;
      }
      pi[p] = start;
    }
    for (let unit = placed[p]!; unit < personCapacity[p]!; unit++) {
      search(p);
      if (endKind === END_DUMMY && endNode === p) {
        // Staying unassigned was the best move: by convexity every further unit does the same.
        addUnassigned(p, personCapacity[p]! - unit - 1);
        break;
      }
    }
  }
  while (deficit > 0) search(T);

  const piT = pi[T]!;
  for (let i = 0; i < N; i++) pi[i] = pi[i]! - piT;
  return {
    edgeFlow: flow,
    personPotential: pi.slice(0, P),
    slotPotential: pi.slice(SLOT0, GROUP0),
    quotaPotential: pi.slice(GROUP0, T),
    augmentations,
    settledNodes,
  };
}

/** Persons with the best single score first (ties by index). */
export function defaultOrder(problem: ComponentProblem): Int32Array {
  const P = problem.personCapacity.length;
  const best = new Float64Array(P).fill(Number.NEGATIVE_INFINITY);
  for (let p = 0; p < P; p++) {
    for (let e = problem.edgeStart[p]!, end = problem.edgeStart[p + 1]!; e < end; e++) {
      if (problem.edgeScore[e]! > best[p]!) best[p] = problem.edgeScore[e]!;
    }
  }
  const order = new Int32Array(P);
  for (let p = 0; p < P; p++) order[p] = p;
  return order.sort((a, b) => best[b]! - best[a]! || a - b);
}
