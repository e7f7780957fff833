import { type BacktestOptions, type BacktestResult, planBacktest, scoreBacktest } from "./domain/backtest.ts";
import { MODEL_NAMES, type ModelName } from "./domain/models/index.ts";
import { forecastInWorkers } from "./forecast-in-workers.ts";
import type { DemandSeries } from "./load-demand-series.ts";

/**
 * The backtest of the model set on demand series, the forecasts of every cut computed on worker
 * threads (forecast-in-workers.ts): with the default origins, 2,250 series make 18,000 fits of
 * every model. The scoring itself is the pure domain/backtest.ts.
 */
export async function backtestDemandSeries(
  series: readonly DemandSeries[],
  options: BacktestOptions & { models?: ModelName[]; threads?: number } = {},
): Promise<BacktestResult & { seconds: number }> {
  const started = performance.now();
  const backtestSeries = series.map((s) => ({
    id: `${s.regionCode}/${s.category}`,
    category: s.category,
    values: s.values,
  }));
  const plan = planBacktest(backtestSeries, options);
  const results = await forecastInWorkers(
    plan.cuts.map((c) => c.input),
    {
      models: options.models ?? [...MODEL_NAMES],
      ...(options.threads ? { threads: options.threads } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  const forecasts = results.map((r) => (r.ok ? r.forecasts : undefined));
  const result = scoreBacktest(backtestSeries, plan, forecasts, options);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
