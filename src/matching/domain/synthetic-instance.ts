import { SeededRandom } from "../../shared/domain/seeded-random.ts";
import type { AllocationInstance } from "./allocation-instance.ts";

export interface SyntheticShape {
  regions: number;
  peoplePerRegion: number;
  slotsPerRegion: number;
  /** Candidate slots per person, all in the person's region. */
  candidates: number;
  /** Slot capacities are drawn from 1..maxSlotCapacity. */
  maxSlotCapacity: number;
  /** Share of people in the group "priority" (0 for no groups). */
  priorityShare?: number;
}

/**
 * A deterministic, region-structured allocation instance for benchmarks and tests, built straight
 * into typed arrays. Scores mimic the real shape: a person's priority, how attractive the slot
 * is, and a personal fit, so that many people want the same good slots (the hard case).
 */
export function syntheticInstance(shape: SyntheticShape, seed = 1): AllocationInstance {
  const random = new SeededRandom(seed);
  const { regions, peoplePerRegion, slotsPerRegion, maxSlotCapacity } = shape;
  const candidates = Math.min(shape.candidates, slotsPerRegion);
  const P = regions * peoplePerRegion;
  const S = regions * slotsPerRegion;
  const slotCapacity = new Int32Array(S);
  const slotAppeal = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    slotCapacity[s] = random.int(1, maxSlotCapacity);
    slotAppeal[s] = random.next() * 50;
  }
  const personCapacity = new Int32Array(P).fill(1);
  const personGroup = new Int32Array(P).fill(-1);
  const edgeStart = new Int32Array(P + 1);
  const edgeSlot = new Int32Array(P * candidates);
  const edgeScore = new Float64Array(P * candidates);
  const picked = new Int32Array(slotsPerRegion).fill(-1);
  let k = 0;
  for (let p = 0; p < P; p++) {
    const region = Math.floor(p / peoplePerRegion);
    if (shape.priorityShare && random.chance(shape.priorityShare)) personGroup[p] = 0;
    const priority = random.next() * 30;
    let chosen = 0;
    while (chosen < candidates) {
      const local = random.int(0, slotsPerRegion - 1);
      if (picked[local] === p) continue;
      picked[local] = p;
      const s = region * slotsPerRegion + local;
      edgeSlot[k] = s;
      edgeScore[k] = Math.round((priority + slotAppeal[s]! + random.next() * 20) * 1000) / 1000;
      k++;
      chosen++;
    }
    edgeStart[p + 1] = k;
  }
  return {
    personIds: Array.from({ length: P }, (_, p) => `p${p}`),
    slotIds: Array.from({ length: S }, (_, s) => `s${s}`),
    groupNames: shape.priorityShare ? ["priority"] : [],
    personCapacity,
    personGroup,
    slotCapacity,
    edgeStart,
    edgeSlot,
    edgeScore,
    quotas: [],
  };
}
