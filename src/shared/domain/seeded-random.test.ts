import { describe, expect, it } from "vitest";
import { SeededRandom } from "./seeded-random.ts";

describe("SeededRandom", () => {
  it("gives the same sequence for the same seed and a different one for another", () => {
    const a = new SeededRandom("11620");
    const b = new SeededRandom("11620");
    const c = new SeededRandom("41630");
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it("draws weighted indexes in proportion to their weights", () => {
    const random = new SeededRandom(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[random.weightedIndex([1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });

  it("samples distinct items", () => {
    const picked = new SeededRandom(1).sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
  });
});
