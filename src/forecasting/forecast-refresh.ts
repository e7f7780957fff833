import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import {
  computeRegionForecasts,
  FORECAST_MODEL_VERSION,
  forecastKey,
  saveComputedForecasts,
} from "./compute-region-forecasts.ts";
import {
  addRunCounts,
  claimRunRegions,
  findOrCreateRun,
  finishRun,
  finishRunRegions,
  pruneForecasts,
  readDataVersion,
  releaseRunClaims,
  runRegionCounts,
} from "./demand-forecast.repository.ts";
import { formatMonth } from "./domain/months.ts";
import { createForecastPool, type ForecastPool } from "./forecast-in-workers.ts";
import { historyEnd } from "./forecast-region-demand.ts";

/**
 * The forecast job: computes and stores the forecasts of every 시군구 for one asOf month and
 * horizon, from the current data version. What `maeul serve` runs in the background after it
 * listens (forecast-refresher.ts) and `maeul forecast refresh` runs by hand.
 *
 * - Idempotent: a run is keyed by (asOf, horizon, data version, model version); when that run is
 *   done the job returns at once and writes nothing.
 * - Resumable: the run's districts are claimed in chunks with a lease; a chunk's results and its
 *   "done" marks are written in one transaction, so a crash loses at most the chunk in progress,
 *   which the next start takes up again (on PGlite at once: one process, so any claim it finds
 *   is a dead one's; on PostgreSQL when the lease runs out).
 * - Shared: two processes on one PostgreSQL database claim different chunks (SKIP LOCKED), and
 *   only the holder of a chunk's claim token records it.
 * - Incremental: a series whose inputs did not change since the stored result (same digest) is
 *   carried to the new data version instead of refitted (compute-region-forecasts.ts).
 */

export const REFRESH_DEFAULTS = {
  horizon: 12,
  /** 시군구 per claim: 225 series, a couple of seconds on two threads. */
  chunkSize: 25,
  /** Longer than a chunk can take on a busy machine; a dead process's chunk waits this long. */
  leaseMs: 2 * 60_000,
} as const;

export interface RefreshOptions {
  now: Date;
  horizon?: number;
  chunkSize?: number;
  leaseMs?: number;
  /** Forecasting threads (default one per core). */
  threads?: number;
  /** Nice value of the threads (the server's background run uses 10). */
  niceness?: number;
  /** Release every claim of the run first: right when this is the only process (PGlite). */
  takeOverClaims?: boolean;
  /** Checked between chunks: true stops after the chunk in progress (server shutdown). */
  shouldStop?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface RefreshReport {
  /**
   * done: every district is stored (by this call or before it); up_to_date: the run was already
   * done, nothing written; elsewhere: the districts left are held by another process;
   * stopped: shouldStop() asked to stop.
   */
  status: "done" | "up_to_date" | "elsewhere" | "stopped";
  runId: string;
  asOf: string;
  horizon: number;
  dataVersion: number;
  regionsTotal: number;
  regionsDone: number;
  /** Districts this call recorded. */
  regionsByThisCall: number;
  /** Series fitted and series carried over unchanged, by this call. */
  seriesFitted: number;
  seriesReused: number;
  seconds: number;
}

export async function refreshForecasts(db: Db, options: RefreshOptions): Promise<RefreshReport> {
  const started = performance.now();
  const horizon = options.horizon ?? REFRESH_DEFAULTS.horizon;
  const asOf = historyEnd(options.now);
  const dataVersion = await readDataVersion(db);
  const key = { ...forecastKey(asOf, horizon), dataVersion };
  const run = await findOrCreateRun(db, key);
  const report: RefreshReport = {
    status: "done",
    runId: run.id,
    asOf: formatMonth(asOf),
    horizon,
    dataVersion,
    regionsTotal: run.regionsTotal,
    regionsDone: 0,
    regionsByThisCall: 0,
    seriesFitted: 0,
    seriesReused: 0,
    seconds: 0,
  };
  const finish = (status: RefreshReport["status"], done: number) => {
    report.status = status;
    report.regionsDone = done;
    report.seconds = (performance.now() - started) / 1000;
    return report;
  };
  if (run.status === "done") return finish("up_to_date", run.regionsTotal);

  if (options.takeOverClaims) {
    const released = await releaseRunClaims(db, run.id);
    if (released > 0)
      options.log?.(`forecasts: ${released} districts left claimed by a stopped process taken up again`);
  }
  const token = randomUUID();
  /** Fits a claimed chunk and records it in one transaction; a failure gives the chunk back at once. */
  const recordChunk = async (codes: string[], compute: () => ReturnType<typeof computeRegionForecasts>) => {
    try {
      const computed = await compute();
      return await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        // Only what this claim still holds: a district taken over after a lost lease is the
        // other process's to record.
        const held = new Set(await finishRunRegions(t, { runId: run.id, token, regionCodes: codes }));
        const mine = {
          fitted: computed.fitted.filter((r) => held.has(r.regionCode)),
          unchanged: computed.unchanged.filter((r) => held.has(r.regionCode)),
        };
        await saveComputedForecasts(t, mine, key);
        const reused = held.size * WORK_CATEGORIES.length - mine.fitted.length;
        await addRunCounts(t, run.id, mine.fitted.length, reused);
        return { regions: held.size, fitted: mine.fitted.length, reused };
      });
    } catch (error) {
      await releaseRunClaims(db, run.id, token).catch(() => {});
      throw error;
    }
  };
  let pool: ForecastPool | null = null;
  try {
    for (;;) {
      if (options.shouldStop?.()) return finish("stopped", (await runRegionCounts(db, run.id)).done);
      const codes = await claimRunRegions(db, {
        runId: run.id,
        limit: options.chunkSize ?? REFRESH_DEFAULTS.chunkSize,
        leaseMs: options.leaseMs ?? REFRESH_DEFAULTS.leaseMs,
        token,
      });
      if (codes.length === 0) break;
      pool ??= createForecastPool({
        ...(options.threads ? { threads: options.threads } : {}),
        niceness: options.niceness ?? 0,
        // Small messages: a chunk of 225 series is shared evenly between the threads.
        batchSize: 15,
      });
      const threads = pool;
      const recorded = await recordChunk(codes, () =>
        computeRegionForecasts(db, codes, {
          asOf,
          horizon,
          dataVersion,
          runId: run.id,
          fitSeries: (inputs) => threads.forecast(inputs, { models: ["combination"] }),
        }),
      );
      report.regionsByThisCall += recorded.regions;
      report.seriesFitted += recorded.fitted;
      report.seriesReused += recorded.reused;
      const counts = await runRegionCounts(db, run.id);
      options.onProgress?.(counts.done, run.regionsTotal);
    }
  } finally {
    await pool?.close();
  }

  const counts = await runRegionCounts(db, run.id);
  if (counts.open > 0) return finish("elsewhere", counts.done);
  const finished = await finishRun(db, run.id);
  if (finished) {
    // The process that completes the run tidies up after it.
    await pruneForecasts(db, finished);
    options.log?.(
      `forecasts: ${finished.regionsTotal} districts for ${formatMonth(asOf)} + ${horizon} months stored ` +
        `(data version ${dataVersion}, models ${FORECAST_MODEL_VERSION}): ${report.seriesFitted} series fitted, ` +
        `${report.seriesReused} unchanged here, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return finish("done", counts.done);
}
