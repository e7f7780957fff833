import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Forecast } from "../forecast-types.ts";
import { forecastModels, forecastSeries, MODEL_NAMES, NoObservationsError } from "./index.ts";

/** Awkward input never gives NaN: every band finite, ordered, of the asked length; clipped at 0 when the history is. */
function expectSane(f: Forecast, horizon: number, nonNegative: boolean) {
  for (const key of ["mean", "lo80", "hi80", "lo95", "hi95"] as const) {
    expect(f[key]).toHaveLength(horizon);
    for (const v of f[key]) expect(Number.isFinite(v), `${f.model} ${key}: ${v}`).toBe(true);
    if (nonNegative) for (const v of f[key]) expect(v).toBeGreaterThanOrEqual(0);
  }
  f.mean.forEach((m, h) => {
    expect(f.lo95[h]!).toBeLessThanOrEqual(f.lo80[h]! + 1e-9 * Math.abs(m));
    expect(f.lo80[h]!).toBeLessThanOrEqual(m + 1e-9 * Math.abs(m));
    expect(m).toBeLessThanOrEqual(f.hi80[h]! + 1e-9 * Math.abs(m));
    expect(f.hi80[h]!).toBeLessThanOrEqual(f.hi95[h]! + 1e-9 * Math.abs(m));
  });
}

describe("awkward input", () => {
  it("any mix of gaps, zeros, negatives, constants, spikes and lengths gives finite, ordered bands (property)", () => {
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e12) },
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(1, 4, 12),
        fc.integer({ min: 1, max: 18 }),
        (values, seasonLength, horizon) => {
          const observed = values.filter((v): v is number => v !== null && Number.isFinite(v));
          if (observed.length === 0) {
            expect(() => forecastSeries({ values, seasonLength, horizon })).toThrow(NoObservationsError);
            return;
          }
          const all = forecastModels({ values, seasonLength, horizon });
          for (const model of MODEL_NAMES)
            expectSane(
              all[model]!,
              horizon,
              observed.every((v) => v >= 0),
            );
        },
      ),
      { numRuns: 120, seed: 42 },
    );
  });

  it("realistic demand with gaps and zero months (property): sane bands from every model", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { freq: 8 }), { minLength: 24, maxLength: 72 }),
        (values) => {
          if (values.every((v) => v === null)) return;
          const all = forecastModels({ values, seasonLength: 12, horizon: 12 });
          for (const model of MODEL_NAMES) expectSane(all[model]!, 12, true);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it("a constant series: every model gives that value with zero-width intervals and says so", () => {
    for (const model of MODEL_NAMES) {
      const f = forecastSeries({ values: new Array(30).fill(160), seasonLength: 12, horizon: 6 }, model);
      expect(f.mean).toEqual(new Array(6).fill(160));
      expect(f.lo95).toEqual(f.mean);
      expect(f.hi95).toEqual(f.mean);
      expect(f.notes).toContain("constant series: flat forecast with zero-width intervals");
    }
  });

  it("all zeros stay zero", () => {
    const f = forecastSeries({ values: new Array(36).fill(0), seasonLength: 12, horizon: 3 });
    expect(f.mean).toEqual([0, 0, 0]);
    expect(f.hi95).toEqual([0, 0, 0]);
  });

  it("shorter than two seasons: seasonality is not modelled, with a note", () => {
    const f = forecastSeries({
      values: [10, 12, 11, 13, 12, 14, 13, 15, 14, 16],
      seasonLength: 12,
      horizon: 4,
    });
    expect(f.notes).toContain("shorter than two seasons (10 < 24 periods): seasonality not modelled");
    expectSane(f, 4, true);
  });

  it("one or two observations: a naive forecast, noted", () => {
    const two = forecastSeries({ values: [null, 42, 45], seasonLength: 12, horizon: 3 }, "ets");
    expect(two.mean).toEqual([45, 45, 45]);
    expect(two.notes).toEqual(
      expect.arrayContaining([
        "1 leading missing period(s) dropped",
        "fewer than 3 observations: naive forecast",
      ]),
    );
    // one value and a gap after it: the gap takes that value, a constant series
    const one = forecastSeries({ values: [42, null], seasonLength: 12, horizon: 2 }, "arima");
    expect(one.mean).toEqual([42, 42]);
    expect(one.notes).toContain("constant series: flat forecast with zero-width intervals");
  });

  it("gaps are interpolated and trailing gaps filled from the season before, each with a note", () => {
    const y: (number | null)[] = Array.from({ length: 36 }, (_, t) => 100 + 10 * (t % 12));
    y[5] = null;
    y[6] = null;
    y[35] = null;
    const f = forecastSeries({ values: y, seasonLength: 12, horizon: 12 }, "seasonal_naive");
    expect(f.notes).toEqual([
      "2 missing period(s) filled by linear interpolation",
      "1 missing period(s) at the end filled with the value a season earlier",
    ]);
    expect(f.mean[11]).toBe(210);
  });

  it("negative values in the history: no clipping (the series may be a balance, not a demand)", () => {
    const y = Array.from({ length: 36 }, (_, t) => 5 - t);
    const f = forecastSeries({ values: y, seasonLength: 1, horizon: 6 }, "ets");
    expect(Math.min(...f.mean)).toBeLessThan(0);
    expect(f.notes.join()).not.toContain("clipped");
  });

  it("a falling demand that would cross 0 is clipped at 0, with a note", () => {
    const y = Array.from({ length: 36 }, (_, t) => 70 - 2 * t);
    const f = forecastSeries({ values: y, seasonLength: 1, horizon: 12 }, "ets");
    expect(Math.min(...f.mean)).toBe(0);
    expect(f.notes).toContain("clipped at 0 (the history is never negative)");
  });

  it("a series with no observed value is refused, not forecast as zeros", () => {
    expect(() => forecastSeries({ values: [null, null], seasonLength: 12, horizon: 3 })).toThrow(
      NoObservationsError,
    );
    expect(() => forecastSeries({ values: [], seasonLength: 12, horizon: 3 })).toThrow(NoObservationsError);
  });

  it("a bad horizon or season length is a programming error", () => {
    expect(() => forecastSeries({ values: [1, 2, 3], seasonLength: 12, horizon: 0 })).toThrow(RangeError);
    expect(() => forecastSeries({ values: [1, 2, 3], seasonLength: 0, horizon: 2 })).toThrow(RangeError);
  });
});
