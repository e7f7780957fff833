import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TopK } from "./top-k.ts";

describe("TopK", () => {
  it("keeps the k best pairs, best first, ties to the lower index", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 40 }),
        (scores, k) => {
          const heap = new TopK(k);
          scores.forEach((score, i) => {
            heap.push(score, i);
          });
          const expected = scores
            .map((score, index) => ({ score, index }))
            .sort((a, b) => b.score - a.score || a.index - b.index)
            .slice(0, k);
          const { indices, scores: kept } = heap.sorted();
          expect([...indices]).toEqual(expected.map((e) => e.index));
          expect([...kept]).toEqual(expected.map((e) => e.score));
          expect(heap.threshold()).toBe(
            k > 0 && scores.length >= k ? expected[k - 1]!.score : Number.NEGATIVE_INFINITY,
          );
        },
      ),
    );
  });

  it("can be read twice and pushed to after reading", () => {
    const heap = new TopK(2);
    heap.push(1, 0);
    heap.push(3, 1);
    expect([...heap.sorted().indices]).toEqual([1, 0]);
    heap.push(2, 2);
    expect([...heap.sorted().indices]).toEqual([1, 2]);
    expect([...heap.sorted().scores]).toEqual([3, 2]);
  });
});
