import type { AllocationInstance } from "./allocation-instance.ts";
import { quotaTargets } from "./quota-targets.ts";

export interface GreedyAllocation {
  /** Per edge of the instance (CSR position): 1 if taken. */
  edgeTaken: Uint8Array;
  scoreTotal: number;
  quotaPenaltyTotal: number;
  /** scoreTotal − quotaPenaltyTotal, as in solve-allocation.ts. */
  objective: number;
  assignedUnits: number;
  assignedPeople: number;
}

/**
 * The baseline the optimal allocation is measured against: what an officer does with a
 * spreadsheet. Sort every candidate link by score, best first, and take a link whenever the
 * person and the slot both have room left. Links that cannot add anything (score ≤ 0, a person
 * or slot of capacity 0) are never taken. Quotas are ignored when choosing but charged in the
 * objective, so the objective is the one the optimal solver maximises and the two compare.
 * Equal scores go in input order, so the same instance always gives the same result.
 */
export function greedyAllocation(instance: AllocationInstance): GreedyAllocation {
  const { personCapacity, personGroup, slotCapacity, edgeStart, edgeSlot, edgeScore } = instance;
  const P = personCapacity.length;
  const E = edgeSlot.length;

  const edgePerson = new Int32Array(E);
  let candidates = 0;
  for (let p = 0; p < P; p++) {
    edgePerson.fill(p, edgeStart[p]!, edgeStart[p + 1]!);
    if (personCapacity[p]! <= 0) continue;
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
      if (edgeScore[e]! > 0 && slotCapacity[edgeSlot[e]!]! > 0) candidates++;
    }
  }
  const order = new Int32Array(candidates);
  let n = 0;
  for (let e = 0; e < E; e++) {
    if (edgeScore[e]! > 0 && personCapacity[edgePerson[e]!]! > 0 && slotCapacity[edgeSlot[e]!]! > 0)
      order[n++] = e;
  }
  const sorted = sortByScoreDescending(order, edgeScore);

  const edgeTaken = new Uint8Array(E);
  const personLeft = Int32Array.from(personCapacity);
  const slotLeft = Int32Array.from(slotCapacity);
  const personUnits = new Int32Array(P);
  let scoreTotal = 0;
  let assignedUnits = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const p = edgePerson[e]!;
    const s = edgeSlot[e]!;
    if (personLeft[p]! <= 0 || slotLeft[s]! <= 0) continue;
    personLeft[p]!--;
    slotLeft[s]!--;
    personUnits[p]!++;
    edgeTaken[e] = 1;
    scoreTotal += edgeScore[e]!;
    assignedUnits++;
  }

  let assignedPeople = 0;
  const groupUnits = new Int32Array(instance.groupNames.length);
  for (let p = 0; p < P; p++) {
    if (personUnits[p]! > 0) assignedPeople++;
    if (personGroup[p]! >= 0) groupUnits[personGroup[p]!]! += personUnits[p]!;
  }
  let quotaPenaltyTotal = 0;
  for (const t of quotaTargets(instance).targets) {
    quotaPenaltyTotal += t.penalty * Math.max(0, t.target - groupUnits[t.group]!);
  }
  return {
    edgeTaken,
    scoreTotal,
    quotaPenaltyTotal,
    objective: scoreTotal - quotaPenaltyTotal,
    assignedUnits,
    assignedPeople,
  };
}

/**
 * The edges in `order` by score, highest first, equal scores keeping their order in `order`
 * (+0 before −0, which the greedy never meets: it takes positive scores only).
 * A stable LSD radix sort on the bits of the doubles (four 16-bit passes): tens of millions of
 * links sort in a second or two, where a comparator sort takes several times as long, and a
 * slow baseline would flatter the solver.
 */
export function sortByScoreDescending(order: Int32Array, score: Float64Array): Int32Array {
  const n = order.length;
  const bits = new Uint32Array(new Float64Array(1).buffer);
  const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const HI = isLittleEndian ? 1 : 0;
  const LO = 1 - HI;
  // Keys that order ascending as the scores order descending: for a non-negative double flip
  // every bit but the sign; a negative double's raw bits already order that way.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const probe = new Float64Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    probe[0] = score[order[i]!]!;
    const h = bits[HI]!;
    const l = bits[LO]!;
    if (h >>> 31 === 0) {
      hi[i] = (h ^ 0x7fffffff) >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = h;
      lo[i] = l;
    }
  }
  let items = Int32Array.from(order);
  let nextItems = new Int32Array(n);
  let nextHi = new Uint32Array(n);
  let nextLo = new Uint32Array(n);
  const count = new Int32Array(1 << 16);
  for (const [word, shift] of [
    ["lo", 0],
    ["lo", 16],
    ["hi", 0],
    ["hi", 16],
  ] as const) {
    const keys = word === "lo" ? lo : hi;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i]! >>> shift) & 0xffff]!++;
    // A digit every key shares moves nothing.
    if (n === 0 || count[(keys[0]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < count.length; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = count[(keys[i]! >>> shift) & 0xffff]!++;
      nextItems[at] = items[i]!;
      nextHi[at] = hi[i]!;
      nextLo[at] = lo[i]!;
    }
    [items, nextItems] = [nextItems, items];
    [hi, nextHi] = [nextHi, hi];
    [lo, nextLo] = [nextLo, lo];
  }
  return items;
}
