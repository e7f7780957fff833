import type { ComponentProblem } from "./component-problem.ts";
import type { WarmStart } from "./successive-shortest-paths.ts";

/**
 * Slot prices and a starting allocation from Bertsekas' auction algorithm, used only as a warm
 * start for the exact solver (successive-shortest-paths.ts): near-equilibrium prices keep its
 * shortest-path searches short. The auction alone is ε-optimal, not exact, so nothing here decides
 * the answer; a poor or unfinished auction only costs time.
 *
 * A slot of capacity c is c copies, each with its own price; a person bids for the cheapest copy
 * of the slot that gives it the most value (score − price), raising that copy's price until the
 * slot is only ε better than its second choice (or than staying unassigned, worth 0), and
 * displacing the copy's holder. One phase, from zero prices: ε-scaling (several phases with a
 * shrinking ε) is unsound here because persons and slots may both stay unassigned, and prices
 * left high by an early phase then keep slots empty. Quota bonuses are ignored: the exact solver
 * prices them itself.
 */
export function auctionPrices(
  problem: ComponentProblem,
  options: { epsilon?: number; maxBidsPerEdge?: number } = {},
): WarmStart & { bids: number; completed: boolean } {
  const { personCapacity, slotCapacity, edgeStart, edgeSlot, edgeScore } = problem;
  const P = personCapacity.length;
  const S = slotCapacity.length;
  const E = edgeSlot.length;

  let scale = 0;
  for (let e = 0; e < E; e++) scale = Math.max(scale, edgeScore[e]!);
  const epsilon = options.epsilon ?? scale * 1e-3;
  const maxBids = (options.maxBidsPerEdge ?? 50) * Math.max(E, 1);

  const edgePerson = new Int32Array(E);
  for (let p = 0; p < P; p++) edgePerson.fill(p, edgeStart[p]!, edgeStart[p + 1]!);
  const slotDegree = new Int32Array(S);
  for (let e = 0; e < E; e++) slotDegree[edgeSlot[e]!]!++;
  // Copies of each slot as a min-heap by price: copyPrice / copyHolder (an edge index or -1).
  const copyStart = new Int32Array(S + 1);
  for (let s = 0; s < S; s++) copyStart[s + 1] = copyStart[s]! + Math.min(slotCapacity[s]!, slotDegree[s]!);
  const copies = copyStart[S]!;
  const copyPrice = new Float64Array(copies);
  const copyHolder = new Int32Array(copies).fill(-1);
  const held = new Uint8Array(E);
  const heldUnits = new Int32Array(P);
  const queue = new Int32Array(P + 1);
  const queued = new Uint8Array(P);

  let bids = 0;
  let completed = true;
  let head = 0;
  let tail = 0;
  for (let p = 0; p < P; p++) {
    if (personCapacity[p]! > 0 && edgeStart[p + 1]! > edgeStart[p]!) {
      queue[tail++] = p;
      queued[p] = 1;
    }
  }
  const size = P + 1;
  while (head !== tail) {
    const p = queue[head]!;
    head = head + 1 === size ? 0 : head + 1;
    queued[p] = 0;
    let bestValue = 0;
    let bestEdge = -1;
    let second = 0;
    for (let e = edgeStart[p]!, end = edgeStart[p + 1]!; e < end; e++) {
      if (held[e] !== 0) continue;
      const s = edgeSlot[e]!;
      const root = copyStart[s]!;
      if (root === copyStart[s + 1]!) continue;
      const value = edgeScore[e]! - copyPrice[root]!;
      if (value > bestValue) {
        second = bestValue;
        bestValue = value;
        bestEdge = e;
      } else if (value > second) second = value;
    }
    if (bestEdge < 0) continue; // nothing worth more than staying unassigned
    const s = edgeSlot[bestEdge]!;
    const root = copyStart[s]!;
    const evicted = copyHolder[root]!;
    copyPrice[root] = edgeScore[bestEdge]! - second + epsilon;
    copyHolder[root] = bestEdge;
    siftDown(root, copyStart[s + 1]! - root);
    held[bestEdge] = 1;
    heldUnits[p]!++;
    if (heldUnits[p]! < personCapacity[p]! && queued[p] === 0) {
      queue[tail] = p;
      tail = tail + 1 === size ? 0 : tail + 1;
      queued[p] = 1;
    }
    if (evicted >= 0) {
      held[evicted] = 0;
      const q = edgePerson[evicted]!;
      heldUnits[q]!--;
      if (queued[q] === 0) {
        queue[tail] = q;
        tail = tail + 1 === size ? 0 : tail + 1;
        queued[q] = 1;
      }
    }
    if (++bids > maxBids) {
      completed = false;
      break;
    }
  }

  const slotPrice = new Float64Array(S);
  const slotFull = new Uint8Array(S);
  for (let s = 0; s < S; s++) {
    const root = copyStart[s]!;
    const end = copyStart[s + 1]!;
    if (end - root < slotCapacity[s]! || root === end) continue;
    let full = true;
    for (let k = root; k < end; k++) if (copyHolder[k] === -1) full = false;
    if (!full) continue;
    slotFull[s] = 1;
    slotPrice[s] = copyPrice[root]!;
  }
  return { slotPrice, slotFull, edgeHeld: held, bids, completed };

  function siftDown(base: number, n: number) {
    let i = 0;
    const price = copyPrice[base]!;
    const holder = copyHolder[base]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && copyPrice[base + child + 1]! < copyPrice[base + child]!) child++;
      if (copyPrice[base + child]! >= price) break;
      copyPrice[base + i] = copyPrice[base + child]!;
      copyHolder[base + i] = copyHolder[base + child]!;
      i = child;
    }
    copyPrice[base + i] = price;
    copyHolder[base + i] = holder;
  }
}
