import { describe, expect, it } from "vitest";
import { intervalCoverage, mase, smape } from "./accuracy.ts";

describe("accuracy measures", () => {
  it("MASE scales the mean absolute error by the in-sample seasonal-naive error", () => {
    // lag-2 differences of the history: |3−1|, |4−2|, |5−3| → scale 2; errors 1 and 3 → MAE 2
    expect(mase([10, 10], [11, 7], [1, 2, 3, 4, 5], 2)).toBe(1);
    // a history no longer than a season falls back to lag 1: scale 1
    expect(mase([5], [7], [1, 2], 12)).toBe(2);
  });

  it("MASE of a constant history: 0 when exact, null (undefined) otherwise", () => {
    expect(mase([3, 3], [3, 3], [3, 3, 3, 3], 1)).toBe(0);
    expect(mase([3, 4], [3, 3], [3, 3, 3, 3], 1)).toBeNull();
  });

  it("sMAPE in percent, both-zero steps counting as exact", () => {
    expect(smape([100, 0], [50, 0])).toBeCloseTo((200 * 50) / 150 / 2, 12);
    expect(smape([0], [5])).toBe(200);
  });

  it("coverage counts values on the bounds as inside", () => {
    expect(intervalCoverage([1, 2, 3, 4], [1, 0, 4, 0], [1, 5, 5, 3])).toBe(0.5);
  });

  it("refuses arrays of different or zero length", () => {
    expect(() => smape([1, 2], [1])).toThrow(RangeError);
    expect(() => mase([], [], [1, 2], 1)).toThrow(RangeError);
  });
});
