import type { Db, DbKind } from "../db/client.ts";
import { startBackgroundLoop } from "../shared/background-loop.ts";
import { REFRESH_DEFAULTS, type RefreshReport, refreshForecasts } from "./forecast-refresh.ts";

/**
 * The forecast job as a background loop inside `maeul serve`: a pass for the default horizon
 * right after the server listens, then a check every minute (two small queries when nothing
 * changed), so that an import, a platform aggregate or a new month leads to a new run without a
 * restart. The summary route asks for a pass at once (request) when most districts are missing,
 * and for other horizons it was asked about. Passes run one after another; the fitting itself
 * runs on worker threads at a lower priority, so the server keeps answering meanwhile.
 */
export interface ForecastRefresher {
  /** Asks for a pass for this horizon soon (the default horizon is checked on every pass anyway). */
  request(horizon: number): void;
  /** Resolves once nothing is queued or running. */
  idle(): Promise<void>;
  /** Finishes the chunk in progress and stops. */
  stop(): Promise<void>;
  /** The last report per horizon. */
  readonly reports: ReadonlyMap<number, RefreshReport>;
}

export interface RefresherOptions {
  now: () => Date;
  horizon?: number;
  /** Between checks when nothing was asked for (default a minute). */
  intervalMs?: number;
  /** Before the first pass (default 0: right after the server listens). */
  startDelayMs?: number;
  /** After a pass that found the districts left held by another process, or failed. */
  retryMs?: number;
  threads?: number;
  niceness?: number;
  /** PGlite: one process, so claims found at start are a dead process's (see refreshForecasts). */
  takeOverClaims?: boolean;
  chunkSize?: number;
  log?: (line: string) => void;
}

const refreshers = new WeakMap<Db, ForecastRefresher>();

/** The background refresher running on this database in this process, if any (the summary asks it). */
export function forecastRefresherFor(db: Db): ForecastRefresher | null {
  return refreshers.get(db) ?? null;
}

export function startForecastRefresher(db: Db, options: RefresherOptions): ForecastRefresher {
  const defaultHorizon = options.horizon ?? REFRESH_DEFAULTS.horizon;
  const intervalMs = options.intervalMs ?? 60_000;
  const retryMs = options.retryMs ?? 10_000;
  const log = options.log ?? console.log;
  const queued = new Set<number>();
  const reports = new Map<number, RefreshReport>();
  let busy = true;
  let idleWaiters: (() => void)[] = [];
  const settleIdle = () => {
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  const pass = async (horizon: number, isStopped: () => boolean): Promise<boolean> => {
    try {
      const report = await refreshForecasts(db, {
        now: options.now(),
        horizon,
        niceness: options.niceness ?? 10,
        takeOverClaims: options.takeOverClaims === true,
        shouldStop: isStopped,
        log,
        ...(options.threads ? { threads: options.threads } : {}),
        ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      });
      reports.set(horizon, report);
      return report.status !== "elsewhere";
    } catch (error) {
      log(`forecasts: background run failed (tried again later): ${(error as Error).message}`);
      return false;
    }
  };

  const loop = startBackgroundLoop(
    async (isStopped) => {
      busy = true;
      let settled = await pass(defaultHorizon, isStopped);
      while (!isStopped() && queued.size > 0) {
        const horizon = queued.values().next().value!;
        queued.delete(horizon);
        if (horizon !== defaultHorizon) settled = (await pass(horizon, isStopped)) && settled;
      }
      busy = false;
      if (!isStopped() && queued.size === 0) settleIdle();
      return settled ? intervalMs : retryMs;
    },
    { startDelayMs: options.startDelayMs },
  );

  const refresher: ForecastRefresher = {
    request(horizon) {
      if (loop.stopped) return;
      queued.add(horizon);
      loop.wake();
    },
    idle() {
      if (loop.stopped || (!busy && queued.size === 0)) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      if (refreshers.get(db) === refresher) refreshers.delete(db);
      await loop.stop();
      busy = false;
      settleIdle();
    },
    reports,
  };
  refreshers.set(db, refresher);
  return refresher;
}

/**
 * The refresher of `maeul serve`: null when MAEUL_FORECAST_REFRESH=off (forecasts then come from
 * `maeul forecast refresh`, or are fitted on request). MAEUL_FORECAST_THREADS sets the threads.
 */
export function startBackgroundForecasts(
  db: Db,
  options: { dbKind: DbKind; env?: NodeJS.ProcessEnv; log?: (line: string) => void },
): ForecastRefresher | null {
  const env = options.env ?? process.env;
  if (env.MAEUL_FORECAST_REFRESH === "off") return null;
  const threads = Number(env.MAEUL_FORECAST_THREADS);
  return startForecastRefresher(db, {
    now: () => new Date(),
    takeOverClaims: options.dbKind === "pglite",
    ...(Number.isInteger(threads) && threads > 0 ? { threads } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
