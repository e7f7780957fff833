import { describe, expect, it } from "vitest";
import { backtestOrigins, planBacktest, runBacktest, runnerOf } from "./backtest.ts";
import type { Forecast, Forecaster, ForecastInput } from "./forecast-types.ts";

/** Trivial local forecasters with known errors, so the driver's arithmetic can be checked exactly. */
function bands(model: string, mean: number[], width: number): Forecast {
  return {
    model,
    mean,
    lo80: mean.map((v) => v - width),
    hi80: mean.map((v) => v + width),
    lo95: mean.map((v) => v - 2 * width),
    hi95: mean.map((v) => v + 2 * width),
    notes: [],
  };
}

const observed = (input: ForecastInput) => input.values.map((v) => v ?? 0);

/** Same month last year; narrow intervals. */
const seasonalNaive: Forecaster = (input) => {
  const y = observed(input);
  return bands(
    "seasonal_naive",
    Array.from({ length: input.horizon }, (_, h) => y[y.length - 12 + (h % 12)]!),
    1,
  );
};

/** Same month last year plus a year of the known slope: exact on a seasonal series with a linear trend. */
const trendAware = (slope: number): Forecaster => {
  return (input) => {
    const y = observed(input);
    return bands(
      "trend_aware",
      Array.from({ length: input.horizon }, (_, h) => y[y.length - 12 + (h % 12)]! + 12 * slope),
      1,
    );
  };
};

/** A seasonal pattern on a rising line: y_t = 100 + slope·t + 20·sin(2πt/12). */
function trendingSeasonal(n: number, slope: number): number[] {
  return Array.from({ length: n }, (_, t) => 100 + slope * t + 20 * Math.sin((2 * Math.PI * t) / 12));
}

describe("backtestOrigins", () => {
  it("puts origins every 3 months over the last 24", () => {
    expect(backtestOrigins(70, { step: 3, window: 24 })).toEqual([46, 49, 52, 55, 58, 61, 64, 67]);
    expect(backtestOrigins(10, { step: 3, window: 24 })).toEqual([1, 4, 7]);
  });
});

describe("runBacktest", () => {
  const slope = 2;
  const series = [
    { id: "a", category: "care", values: trendingSeasonal(70, slope) },
    { id: "b", category: "environment", values: trendingSeasonal(70, slope).map((v) => v + 500) },
  ];
  const models = { seasonal_naive: seasonalNaive, trend_aware: trendAware(slope) };

  it("scores seasonal naive at MASE 1 on a trend (its error is the trend, as is its scale)", () => {
    const result = runBacktest([series[0]!], runnerOf(models));
    const naive = result.scores.find((s) => s.model === "seasonal_naive" && s.category === "all")!;
    expect(naive.mase).toBeCloseTo(1, 10);
    expect(naive.relativeMase).toBeCloseTo(1, 10);
    // 8 origins: 5 with a full year ahead, then 9, 6 and 3 months.
    expect(naive.forecasts).toBe(8);
    expect(result.origins).toBe(8);
  });

  it("gives a model that knows the trend MASE 0, relative MASE 0 and full coverage", () => {
    const result = runBacktest(series, runnerOf(models));
    const exact = result.scores.find((s) => s.model === "trend_aware" && s.category === "all")!;
    expect(exact.mase).toBeCloseTo(0, 10);
    expect(exact.relativeMase).toBeCloseTo(0, 10);
    expect(exact.smape).toBeCloseTo(0, 10);
    expect(exact.coverage80).toBe(1);
    // Seasonal naive misses by 24 every month with ±1 and ±2 bands: never inside.
    const naive = result.scores.find((s) => s.model === "seasonal_naive" && s.category === "all")!;
    expect(naive.coverage80).toBe(0);
    expect(naive.coverage95).toBe(0);
  });

  it("reports per category and overall, baseline first", () => {
    const result = runBacktest(series, runnerOf(models));
    expect(result.scores.map((s) => `${s.category}/${s.model}`)).toEqual([
      "all/seasonal_naive",
      "all/trend_aware",
      "care/seasonal_naive",
      "care/trend_aware",
      "environment/seasonal_naive",
      "environment/trend_aware",
    ]);
    expect(result.scores.find((s) => s.category === "all" && s.model === "trend_aware")!.forecasts).toBe(16);
  });

  it("scores only recorded months and skips cuts with nothing before or after", () => {
    const values: (number | null)[] = trendingSeasonal(40, slope);
    for (let t = 28; t < 40; t++) values[t] = null;
    const plan = planBacktest([{ id: "gappy", category: "care", values }], { window: 24, step: 3 });
    // Origins 16..37: those at 28 and later have no recorded month ahead.
    expect(plan.cuts.map((c) => c.origin)).toEqual([16, 19, 22, 25]);
    expect(plan.skipped).toBe(4);
    expect(plan.cuts.at(-1)!.steps).toEqual([0, 1, 2]);
    const empty = planBacktest([{ id: "blank", category: "care", values: [null, null, null, 5] }]);
    expect(empty.cuts).toHaveLength(0);
  });

  it("leaves a cut out when MASE is undefined (a constant history, then a change)", () => {
    // Origins 18..39; those from 30 on see the jump to 9 ahead of a history that is all 5.
    const flat = { id: "flat", category: "care", values: [...new Array(40).fill(5), 9, 9] };
    const result = runBacktest([flat], runnerOf(models));
    expect(result.skipped).toBe(4);
    const naive = result.scores.find((s) => s.model === "seasonal_naive" && s.category === "all")!;
    expect(naive.forecasts).toBe(4);
    expect(naive.mase).toBe(0);
  });
});
