import { describe, expect, it } from "vitest";
import { fitRidge, predictRidge } from "./ridge-regression.ts";

describe("fitRidge", () => {
  it("recovers an exact linear relation with the smallest penalty (LOO error ≈ 0)", () => {
    const x = Array.from({ length: 40 }, (_, i) => [i, (i * 7) % 11, Math.sin(i)]);
    const y = x.map(([a, b, c]) => 3 + 2 * a! - 0.5 * b! + 4 * c!);
    const model = fitRidge(x, y);
    expect(model.lambda).toBe(0.01);
    expect(model.looRmse).toBeLessThan(0.05);
    expect(predictRidge(model, [10, 3, 0.5])).toBeCloseTo(3 + 20 - 1.5 + 2, 1);
  });

  it("prefers a larger penalty when a feature is pure noise and rows are few", () => {
    let seed = 7;
    const noise = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647 - 0.5;
    };
    const x = Array.from({ length: 12 }, () => [noise(), noise(), noise(), noise(), noise()]);
    const y = x.map(() => 5 + noise());
    const model = fitRidge(x, y);
    expect(model.lambda).toBeGreaterThanOrEqual(3);
    // Shrunk towards the mean of y.
    expect(Math.abs(predictRidge(model, [0.4, -0.4, 0.4, -0.4, 0.4]) - 5)).toBeLessThan(0.5);
  });

  it("ignores a constant column instead of dividing by zero", () => {
    const x = Array.from({ length: 10 }, (_, i) => [i, 1]);
    const y = x.map(([a]) => 2 * a!);
    const model = fitRidge(x, y);
    expect(Number.isFinite(predictRidge(model, [4, 1]))).toBe(true);
    expect(predictRidge(model, [4, 1])).toBeCloseTo(8, 0);
  });

  it("refuses mismatched input", () => {
    expect(() => fitRidge([], [])).toThrow();
    expect(() => fitRidge([[1]], [1, 2])).toThrow();
  });
});
