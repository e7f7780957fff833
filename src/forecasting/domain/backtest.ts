import { intervalCoverage, mase, smape } from "./accuracy.ts";
import type { Forecast, Forecaster, ForecastInput } from "./forecast-types.ts";

/**
 * Rolling-origin evaluation (time-series cross-validation): each series is cut at several
 * origins over its last `window` months, every model forecasts `horizon` months from each cut
 * using only what came before, and the forecasts are scored against what happened. Scores are
 * averaged per model and per category; relative MASE divides a model's MASE by seasonal naive's
 * on the same forecasts, so below 1 means better than "same month last year".
 */
export interface BacktestSeries {
  id: string;
  /** The group the table reports by (a work category). */
  category: string;
  values: readonly (number | null)[];
}

export interface BacktestOptions {
  /** Months between origins (default 3). */
  step?: number;
  /** How far back the first origin lies (default 24 months before the end). */
  window?: number;
  /** Months forecast from each origin (default 12); origins near the end score fewer. */
  horizon?: number;
  seasonLength?: number;
  /** The reference model of relative MASE (default "seasonal_naive"). */
  baseline?: string;
  /** Called after each series, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Every model's forecast of one input; lets a model set share fits (the combination reuses its members'). */
export type ForecastRunner = (input: ForecastInput) => Partial<Record<string, Forecast>>;

/** A runner from separate forecasters, each called on its own. */
export function runnerOf(models: Readonly<Record<string, Forecaster>>): ForecastRunner {
  return (input) => Object.fromEntries(Object.entries(models).map(([name, model]) => [name, model(input)]));
}

export interface BacktestScore {
  model: string;
  /** A category, or "all". */
  category: string;
  /** Mean MASE over the (series, origin) forecasts whose scale is defined. */
  mase: number;
  /** mase ÷ the baseline's mase over the same forecasts. */
  relativeMase: number;
  /** Mean sMAPE (%). */
  smape: number;
  coverage80: number;
  coverage95: number;
  /** Forecasts scored (series × origins). */
  forecasts: number;
}

export interface BacktestResult {
  models: string[];
  baseline: string;
  scores: BacktestScore[];
  series: number;
  origins: number;
  /** (series, origin) pairs left out: no observation before the origin, or MASE undefined. */
  skipped: number;
  horizon: number;
}

interface Accumulator {
  mase: number;
  baselineMase: number;
  smape: number;
  inside80: number;
  inside95: number;
  points: number;
  forecasts: number;
}

const empty = (): Accumulator => ({
  mase: 0,
  baselineMase: 0,
  smape: 0,
  inside80: 0,
  inside95: 0,
  points: 0,
  forecasts: 0,
});

/** The origins of a series of length n: indices of the first forecast month. */
export function backtestOrigins(n: number, options: { step: number; window: number }): number[] {
  const origins: number[] = [];
  for (let origin = Math.max(1, n - options.window); origin < n; origin += options.step) origins.push(origin);
  return origins;
}

/** One cut of one series: what the models are given, and what they are scored against. */
export interface BacktestCut {
  series: number;
  origin: number;
  input: ForecastInput;
  /** Recorded values after the origin, with their step (0-based) in the forecast. */
  actual: number[];
  steps: number[];
  /** The recorded values before the origin (the MASE scale). */
  history: number[];
}

interface Resolved {
  step: number;
  window: number;
  horizon: number;
  seasonLength: number;
  baseline: string;
}

function resolve(options: BacktestOptions): Resolved {
  return {
    step: options.step ?? 3,
    window: options.window ?? 24,
    horizon: options.horizon ?? 12,
    seasonLength: options.seasonLength ?? 12,
    baseline: options.baseline ?? "seasonal_naive",
  };
}

/**
 * Every cut of every series. A cut with nothing recorded before or after its origin is left
 * out and counted in `skipped`.
 */
export function planBacktest(
  series: readonly BacktestSeries[],
  options: BacktestOptions = {},
): { cuts: BacktestCut[]; skipped: number; origins: number } {
  const o = resolve(options);
  const cuts: BacktestCut[] = [];
  let skipped = 0;
  let origins = 0;
  series.forEach((s, index) => {
    const at = backtestOrigins(s.values.length, o);
    origins = Math.max(origins, at.length);
    for (const origin of at) {
      const before = s.values.slice(0, origin);
      const history = before.filter((v): v is number => v !== null && Number.isFinite(v));
      const horizon = Math.min(o.horizon, s.values.length - origin);
      const future = s.values.slice(origin, origin + horizon);
      const steps = future.flatMap((v, h) => (v === null || !Number.isFinite(v) ? [] : [h]));
      if (history.length === 0 || steps.length === 0) {
        skipped++;
        continue;
      }
      cuts.push({
        series: index,
        origin,
        input: { values: before, seasonLength: o.seasonLength, horizon },
        actual: steps.map((h) => future[h] as number),
        steps,
        history,
      });
    }
  });
  return { cuts, skipped, origins };
}

export function runBacktest(
  series: readonly BacktestSeries[],
  runner: ForecastRunner,
  options: BacktestOptions = {},
): BacktestResult {
  const plan = planBacktest(series, options);
  const forecasts = plan.cuts.map((cut, i) => {
    const result = runner(cut.input);
    if (i === plan.cuts.length - 1 || plan.cuts[i + 1]!.series !== cut.series) {
      options.onProgress?.(cut.series + 1, series.length);
    }
    return result;
  });
  return scoreBacktest(series, plan, forecasts, options);
}

/**
 * Scores the forecasts of each cut (in the order of plan.cuts; undefined for a cut whose
 * forecast failed, which then counts as skipped) and averages them per model and category.
 */
export function scoreBacktest(
  series: readonly BacktestSeries[],
  plan: { cuts: readonly BacktestCut[]; skipped: number; origins: number },
  forecasts: readonly (Partial<Record<string, Forecast>> | undefined)[],
  options: BacktestOptions = {},
): BacktestResult {
  const { seasonLength, baseline, horizon } = resolve(options);
  const totals = new Map<string, Accumulator>();
  const models: string[] = [];
  let skipped = plan.skipped;
  const accumulate = (key: string, f: (a: Accumulator) => void) => {
    let a = totals.get(key);
    if (!a) {
      a = empty();
      totals.set(key, a);
    }
    f(a);
  };
  plan.cuts.forEach((cut, i) => {
    const result = forecasts[i];
    const pick = (f: Forecast, key: "mean" | "lo80" | "hi80" | "lo95" | "hi95") =>
      cut.steps.map((h) => f[key][h]!);
    const reference = result?.[baseline];
    const baselineMase = reference
      ? mase(cut.actual, pick(reference, "mean"), cut.history, seasonLength)
      : null;
    if (!result || baselineMase === null) {
      skipped++;
      return;
    }
    const category = series[cut.series]!.category;
    for (const [model, forecast] of Object.entries(result)) {
      if (!forecast) continue;
      const m = mase(cut.actual, pick(forecast, "mean"), cut.history, seasonLength);
      if (m === null) continue;
      if (!models.includes(model)) models.push(model);
      const inside80 = intervalCoverage(cut.actual, pick(forecast, "lo80"), pick(forecast, "hi80"));
      const inside95 = intervalCoverage(cut.actual, pick(forecast, "lo95"), pick(forecast, "hi95"));
      const e = smape(cut.actual, pick(forecast, "mean"));
      for (const key of [`${model}|${category}`, `${model}|all`]) {
        accumulate(key, (a) => {
          a.mase += m;
          a.baselineMase += baselineMase;
          a.smape += e;
          a.inside80 += inside80 * cut.actual.length;
          a.inside95 += inside95 * cut.actual.length;
          a.points += cut.actual.length;
          a.forecasts++;
        });
      }
    }
  });
  return summarize(totals, models, {
    baseline,
    series: series.length,
    origins: plan.origins,
    skipped,
    horizon,
  });
}

function summarize(
  totals: ReadonlyMap<string, Accumulator>,
  order: readonly string[],
  facts: Omit<BacktestResult, "scores" | "models">,
): BacktestResult {
  const scores: BacktestScore[] = [];
  for (const [key, a] of totals) {
    const [model, category] = key.split("|") as [string, string];
    scores.push({
      model,
      category,
      mase: a.mase / a.forecasts,
      relativeMase: a.baselineMase > 0 ? a.mase / a.baselineMase : Number.NaN,
      smape: a.smape / a.forecasts,
      coverage80: a.inside80 / a.points,
      coverage95: a.inside95 / a.points,
      forecasts: a.forecasts,
    });
  }
  scores.sort(
    (a, b) =>
      (a.category === "all" ? -1 : 0) - (b.category === "all" ? -1 : 0) ||
      a.category.localeCompare(b.category) ||
      order.indexOf(a.model) - order.indexOf(b.model),
  );
  return { ...facts, models: [...order], scores };
}
