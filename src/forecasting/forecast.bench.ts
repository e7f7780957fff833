import { loadDemandProfilesFromFiles } from "./demo-history-data.ts";
import { intervalCoverage, mase, smape } from "./domain/accuracy.ts";
import { generateDemoHistory } from "./domain/demo-history.ts";
import type { ForecastInput } from "./domain/forecast-types.ts";
import { MODEL_NAMES, type ModelName } from "./domain/models/index.ts";
import type { SeriesResult } from "./forecast-batch.ts";
import { forecastInWorkers } from "./forecast-in-workers.ts";

const HISTORY = 60;
const HOLDOUT = 12;
const TARGET_SECONDS = 10;
const TARGET_RATIO = 0.9;

/**
 * `npm run bench -- forecast`: fits and forecasts 2,500 monthly series of 60 months
 * (MAEUL_BENCH_FORECAST_SERIES to change) with every model and the combination on worker threads,
 * then scores the forecasts on the 12 months that follow (MASE, sMAPE, interval coverage). The
 * series are the SYNTHETIC demo history (src/forecasting/domain/demo-history.ts: seasonality, trend,
 * AR(1) noise and Poisson counts, from each 시군구's real demographics), generated to 2026-12 so
 * that 72 months exist: hours requested for every 시군구 × category (250 × 9 = 2,250), then items
 * posted for as many more as the size asks. Peer in the same run: the two baselines alone.
 */
export async function forecastBench() {
  const wanted = Number(process.env.MAEUL_BENCH_FORECAST_SERIES ?? 2500);
  const { histories, actuals, description } = benchSeries(wanted);
  console.log(
    `${histories.length.toLocaleString("en")} monthly series of ${HISTORY} months (${description}), horizon ${HOLDOUT}`,
  );
  const inputs: ForecastInput[] = histories.map((values) => ({ values, seasonLength: 12, horizon: HOLDOUT }));

  const full = await timed(() => forecastInWorkers(inputs, { models: [...MODEL_NAMES] }));
  const baselines = await timed(() => forecastInWorkers(inputs, { models: ["seasonal_naive", "theta"] }));

  const rows = MODEL_NAMES.map((model) => ({ model, ...score(model, full.value, histories, actuals) }));
  console.log("model            MASE   sMAPE%  cover80  cover95");
  for (const r of rows) {
    console.log(
      `${r.model.padEnd(15)} ${r.mase.toFixed(3)}  ${r.smape.toFixed(2).padStart(6)}  ${(r.cover80 * 100).toFixed(1).padStart(6)}%  ${(r.cover95 * 100).toFixed(1).padStart(6)}%` +
        (r.skipped > 0 ? `  (${r.skipped} series without a MASE scale left out)` : ""),
    );
  }
  const naive = rows.find((r) => r.model === "seasonal_naive")!;
  const combination = rows.find((r) => r.model === "combination")!;
  const ratio = combination.mase / naive.mase;
  console.log(
    `all five models (seasonal naive, Theta, ETS by AICc, seasonal ARIMA, mean combination), worker threads: ` +
      `${full.seconds.toFixed(2)} s wall, ${full.cpu.toFixed(2)} s CPU, peak RSS ${full.peakMiB.toFixed(0)} MiB ` +
      `(target ≤ ${TARGET_SECONDS} s: ${full.seconds <= TARGET_SECONDS ? "met" : "MISSED"})`,
  );
  console.log(
    `peer: seasonal naive + Theta alone, same threads: ${baselines.seconds.toFixed(2)} s wall, ${baselines.cpu.toFixed(2)} s CPU, ` +
      `peak RSS ${baselines.peakMiB.toFixed(0)} MiB`,
  );
  console.log(
    `combination MASE ${combination.mase.toFixed(3)} = ${ratio.toFixed(3)} × seasonal naive's ${naive.mase.toFixed(3)} ` +
      `(target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "MISSED"})`,
  );
}

function benchSeries(wanted: number) {
  const demo = loadDemandProfilesFromFiles().flatMap((profile) =>
    generateDemoHistory(profile, { to: "2026-12" }),
  );
  const measures = ["hoursRequested", "itemsPosted", "itemsFilled", "unmetRequests"] as const;
  const series: number[][] = [];
  const used: string[] = [];
  for (const measure of measures) {
    if (series.length >= wanted) break;
    const take = demo.slice(0, wanted - series.length).map((s) => s.months.map((m) => m[measure]));
    series.push(...take);
    used.push(`${take.length.toLocaleString("en")} ${measure}`);
  }
  for (const s of series) {
    if (s.length < HISTORY + HOLDOUT)
      throw new Error(`demo series of ${s.length} months, expected ${HISTORY + HOLDOUT}`);
  }
  return {
    histories: series.map((s) => s.slice(s.length - HISTORY - HOLDOUT, s.length - HOLDOUT)),
    actuals: series.map((s) => s.slice(s.length - HOLDOUT)),
    description: `synthetic demo history: ${used.join(", ")}`,
  };
}

function score(model: ModelName, results: SeriesResult[], histories: number[][], actuals: number[][]) {
  let maseSum = 0;
  let maseCount = 0;
  let smapeSum = 0;
  let cover80 = 0;
  let cover95 = 0;
  results.forEach((result, i) => {
    if (!result.ok) throw new Error(`series ${i}: ${result.message}`);
    const f = result.forecasts[model]!;
    const actual = actuals[i]!;
    const m = mase(actual, f.mean, histories[i]!, 12);
    if (m !== null) {
      maseSum += m;
      maseCount++;
    }
    smapeSum += smape(actual, f.mean);
    cover80 += intervalCoverage(actual, f.lo80, f.hi80);
    cover95 += intervalCoverage(actual, f.lo95, f.hi95);
  });
  const n = results.length;
  return {
    mase: maseSum / maseCount,
    skipped: n - maseCount,
    smape: smapeSum / n,
    cover80: cover80 / n,
    cover95: cover95 / n,
  };
}

async function timed<T>(run: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  try {
    const value = await run();
    const cpu = process.cpuUsage(cpuStarted);
    return {
      value,
      seconds: (performance.now() - started) / 1000,
      cpu: (cpu.user + cpu.system) / 1e6,
      peakMiB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}
