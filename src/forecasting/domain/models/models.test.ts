import { describe, expect, it } from "vitest";
import { fitEts } from "./ets.ts";
import { forecastModels, forecastSeries, MODEL_NAMES, MODELS } from "./index.ts";
import { prepareSeries } from "./prepare-series.ts";

/** Known answers: series whose future is certain, so each model's forecast can be checked. */
const pattern = [0.8, 0.85, 1.0, 1.1, 1.2, 1.3, 1.25, 1.15, 1.0, 0.9, 0.8, 0.65];
const seasonal = (t: number) => 200 * pattern[t % 12]!;
const trend = (t: number) => 50 + 2 * t;
const trendAndSeason = (t: number) => 100 + 2 * t + 30 * Math.sin((2 * Math.PI * t) / 12);
const series = (f: (t: number) => number, n: number) => Array.from({ length: n }, (_, t) => f(t));
const future = (f: (t: number) => number, n: number, h: number) =>
  Array.from({ length: h }, (_, k) => f(n + k));

function expectClose(actual: readonly number[], expected: readonly number[], relative: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, h) => {
    expect(Math.abs(a - expected[h]!), `step ${h + 1}: ${a} vs ${expected[h]}`).toBeLessThanOrEqual(
      relative * Math.abs(expected[h]!) + 1e-9,
    );
  });
}

describe("models on series with known answers", () => {
  it("a pure seasonal pattern: seasonal naive repeats it exactly; ETS, ARIMA, Theta and the combination reproduce it", () => {
    const y = series(seasonal, 48);
    const truth = future(seasonal, 48, 18);
    const all = forecastModels({ values: y, seasonLength: 12, horizon: 18 });
    expect(all.seasonal_naive!.mean).toEqual(truth);
    for (const model of ["ets", "arima", "theta", "combination"] as const) {
      expectClose(all[model]!.mean, truth, 0.005);
      expect(all[model]!.model).toBe(model);
    }
    // nothing unpredictable in the history: the intervals are narrow
    const width = all.ets!.hi95[0]! - all.ets!.lo95[0]!;
    expect(width).toBeLessThan(2);
  });

  it("a straight line: ETS continues it, Theta extrapolates half the slope (its theta-line average), naive stays flat", () => {
    const y = series(trend, 36);
    const horizon = 12;
    const input = { values: y, seasonLength: 1, horizon };
    const last = y[y.length - 1]!;
    expectClose(MODELS.ets(input).mean, future(trend, 36, horizon), 0.01);
    expectClose(
      MODELS.theta(input).mean,
      Array.from({ length: horizon }, (_, k) => last + (2 * (k + 1)) / 2),
      0.01,
    );
    expect(MODELS.seasonal_naive(input).mean).toEqual(new Array(horizon).fill(last));
  });

  it("a trend with a season: seasonal ARIMA (airline model) continues both exactly, ETS closely", () => {
    const y = series(trendAndSeason, 60);
    const truth = future(trendAndSeason, 60, 24);
    expectClose(MODELS.arima({ values: y, seasonLength: 12, horizon: 24 }).mean, truth, 0.005);
    expectClose(MODELS.ets({ values: y, seasonLength: 12, horizon: 24 }).mean, truth, 0.02);
  });

  it("ETS picks a multiplicative season for a series whose swings grow with its level", () => {
    const y = Array.from(
      { length: 72 },
      (_, t) => (100 + 3 * t) * pattern[t % 12]! * (1 + 0.01 * Math.sin(t * 1.7)),
    );
    const fit = fitEts(prepareSeries({ values: y, seasonLength: 12, horizon: 12 }), 12);
    expect(fit.spec.season).toBe("M");
    expect(fit.spec.trend).not.toBe("N");
  });

  it("ETS picks no season and no trend for white noise around a level", () => {
    const y = Array.from({ length: 60 }, (_, t) => 50 + 5 * Math.sin(t * 12.9898) * Math.cos(t * 78.233));
    const fit = fitEts(prepareSeries({ values: y, seasonLength: 12, horizon: 6 }), 6);
    expect(fit.spec).toEqual({ error: "A", trend: "N", season: "N" });
  });

  it("quarterly data: season length 4 works the same way", () => {
    const q = [0.9, 1.2, 1.1, 0.8];
    const y = Array.from({ length: 24 }, (_, t) => 400 * q[t % 4]!);
    const f = forecastSeries({ values: y, seasonLength: 4, horizon: 8 });
    expectClose(
      f.mean,
      Array.from({ length: 8 }, (_, k) => 400 * q[k % 4]!),
      0.01,
    );
  });

  it("the combination is the mean of ETS, ARIMA and Theta, bounds included", () => {
    const y = series((t) => trendAndSeason(t) + 8 * Math.sin(t * 2.3), 48);
    const all = forecastModels({ values: y, seasonLength: 12, horizon: 6 });
    for (const key of ["mean", "lo80", "hi80", "lo95", "hi95"] as const) {
      all.combination![key].forEach((v, h) => {
        const expected = (all.ets![key][h]! + all.arima![key][h]! + all.theta![key][h]!) / 3;
        expect(v).toBeCloseTo(expected, 9);
      });
    }
  });

  it("every model returns ordered 80% and 95% bands and the same answer twice (seeded simulation)", () => {
    const y = series((t) => (100 + t) * pattern[t % 12]! * (1 + 0.05 * Math.sin(t * 3.1)), 50);
    for (const model of MODEL_NAMES) {
      const input = { values: y, seasonLength: 12, horizon: 13 };
      const a = MODELS[model](input);
      expect(MODELS[model](input)).toEqual(a);
      a.mean.forEach((m, h) => {
        expect(a.lo95[h]!).toBeLessThanOrEqual(a.lo80[h]!);
        expect(a.lo80[h]!).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(a.hi80[h]!);
        expect(a.hi80[h]!).toBeLessThanOrEqual(a.hi95[h]!);
      });
      // uncertainty does not shrink a season ahead (5% slack: simulated bands of a model with a
      // nearly fixed level carry sampling noise); for seasonal naive it must grow
      const first = a.hi95[0]! - a.lo95[0]!;
      const later = a.hi95[12]! - a.lo95[12]!;
      expect(later, model).toBeGreaterThan(model === "seasonal_naive" ? first : 0.95 * first);
    }
  });
});
