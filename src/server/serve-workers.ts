/**
 * `maeul serve --workers n` with n > 1: one machine's cores serving requests (docs/decisions/0016).
 * Node runs our JavaScript on one thread, and the recommendation route is CPU-bound, so one
 * process leaves the other cores to the database and idle. node:cluster forks n copies of the CLI
 * that share the listening port (the primary accepts and hands connections out in turn).
 *
 * - The primary prepares the database once (keys, migrations, leftover plaintext, blind indexes,
 *   seed), closes it, forks the workers and watches them: it prints the ready line when all of
 *   them listen (a worker that fails before that fails the start), starts a worker again when
 *   one dies later (backing off, then giving up), and on SIGTERM / SIGINT passes the signal on
 *   and waits for their graceful stop.
 * - A worker is `maeul serve` without the one-time steps: keys, its own connection pool, the app,
 *   the listen and the background loops. The loops claim their work with FOR UPDATE SKIP LOCKED,
 *   a claim token and a lease (notifications 0006, allocation runs 0014, forecasts 0015), so every
 *   worker runs them: n of them share the work instead of repeating it.
 *
 * PostgreSQL only: embedded PGlite is one process's database.
 */
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { sql } from "drizzle-orm";
import type { AppConfig } from "../config.ts";
import { type Database, SERVER_POOL_SIZE } from "../db/client.ts";
import { AppError } from "../shared/errors.ts";
import {
  loadServerKeys,
  logDatabaseAndKeys,
  openServerDatabase,
  prepareDatabase,
  type ServeOptions,
  startServing,
} from "./serve.ts";

export const MAX_WORKERS = 64;

/** Tells a forked worker which of the n places it fills (its number in the logs). */
const WORKER_NUMBER_ENV = "MAEUL_SERVE_WORKER";

export interface WorkersOptions extends ServeOptions {
  workers: number;
}

/** PGlite admits one process (a lock file in its data directory): n > 1 needs a PostgreSQL server. */
export function assertWorkersSupported(config: AppConfig, workers: number): void {
  if (workers <= 1 || config.databaseUrl) return;
  throw new AppError("bad_request", {
    ko:
      `--workers ${workers}: 내장 PGlite 데이터베이스는 한 프로세스만 열 수 있습니다. ` +
      "여러 워커로 실행하려면 DATABASE_URL에 PostgreSQL 서버를 지정하세요.",
    en:
      `--workers ${workers}: PGlite (the embedded database) is a single-process database. ` +
      "Set DATABASE_URL to a PostgreSQL server to run several workers.",
  });
}

/** The primary's part when this process was started by a user, a worker's when forked by it. */
export function serveWithWorkers(config: AppConfig, options: WorkersOptions): Promise<void> {
  if (cluster.isWorker) return runWorker(config, options);
  assertWorkersSupported(config, options.workers);
  return runPrimary(config, options);
}

// ---------------------------------------------------------------------------------------------
// Primary

async function runPrimary(config: AppConfig, options: WorkersOptions): Promise<void> {
  const started = performance.now();
  const keys = loadServerKeys(config);
  const database = await openServerDatabase(config);
  try {
    logDatabaseAndKeys(config, database, keys);
    await prepareDatabase(database, keys.keyring, options);
    await warnIfConnectionsShort(database, options.workers);
  } finally {
    // The primary serves nothing: holding a pool would only take connections from the workers.
    await database.close();
  }
  superviseWorkers(options.workers, (port) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `마을 Maeul is running at http://localhost:${port} (${options.workers} workers, ready in ${seconds} s)`,
    );
    console.log(`  API docs: http://localhost:${port}/api/docs`);
  });
}

/** A warning, not a refusal: the pools open connections only as load asks for them. */
async function warnIfConnectionsShort(database: Database, workers: number): Promise<void> {
  const result = await database.db.execute(
    sql`select current_setting('max_connections')::int as max_connections`,
  );
  // Both drivers answer a raw query with `{ rows }`; the Db type cannot say so.
  const allowed = (result as unknown as { rows: { max_connections: number }[] }).rows[0]?.max_connections;
  const wanted = workers * SERVER_POOL_SIZE;
  if (allowed !== undefined && wanted >= allowed) {
    console.warn(
      `  warning: ${workers} workers may open up to ${wanted} connections (${SERVER_POOL_SIZE} each); ` +
        `the PostgreSQL server allows ${allowed} in all (max_connections)`,
    );
  }
}

/** How a worker's unexpected exits are answered: a few quick deaths in a row mean a broken start. */
export const RESTART_POLICY = {
  /** A worker that exits sooner than this after it was forked died "quickly". */
  quickMs: 10_000,
  /** This many quick deaths in a row of one worker: the primary gives up and exits non-zero. */
  maxQuickDeaths: 5,
  /** The wait before the second quick restart, doubling after (the first is immediate). */
  firstDelayMs: 1_000,
} as const;

/**
 * What to do after a worker's unexpected exit, given its quick deaths in a row so far and how
 * long it lived: start it again after `delayMs` (0 after a long life or a first quick death),
 * or null to give up. A long life clears the count.
 */
export function nextRestart(
  quickDeathsBefore: number,
  livedMs: number,
  policy: typeof RESTART_POLICY = RESTART_POLICY,
): { quickDeaths: number; delayMs: number } | null {
  const quickDeaths = livedMs < policy.quickMs ? quickDeathsBefore + 1 : 0;
  if (quickDeaths >= policy.maxQuickDeaths) return null;
  const delayMs = quickDeaths <= 1 ? 0 : policy.firstDelayMs * 2 ** (quickDeaths - 2);
  return { quickDeaths, delayMs };
}

/** One of the n places: the worker filling it now, and its record of deaths. */
interface Place {
  readonly number: number;
  worker: Worker | null;
  forkedAt: number;
  quickDeaths: number;
  listened: boolean;
  restart: NodeJS.Timeout | null;
}

/**
 * Forks `count` workers and keeps `count` running until a signal (exit 0 once every worker has
 * stopped) or a worker that cannot stay up (exit 1). A second signal kills them at once, as a
 * second Ctrl-C does to a single process.
 */
function superviseWorkers(count: number, onReady: (port: number) => void): void {
  const places: Place[] = Array.from({ length: count }, (_, k) => ({
    number: k + 1,
    worker: null,
    forkedAt: 0,
    quickDeaths: 0,
    listened: false,
    restart: null,
  }));
  const placeOf = new Map<number, Place>();
  const env = workerEnv(count);
  let stopping: { exitCode: number } | null = null;
  let ready = false;

  const fork = (place: Place) => {
    place.restart = null;
    place.forkedAt = Date.now();
    const worker = cluster.fork({ ...env, [WORKER_NUMBER_ENV]: String(place.number) });
    place.worker = worker;
    placeOf.set(worker.id, place);
  };

  const exitWhenAllStopped = () => {
    if (stopping && places.every((p) => p.worker === null)) process.exit(stopping.exitCode);
  };

  const stop = (exitCode: number) => {
    if (stopping) {
      console.error("  stopping the workers at once (second signal)");
      for (const place of places) place.worker?.process.kill("SIGKILL");
      process.exit(1);
    }
    stopping = { exitCode };
    for (const place of places) {
      if (place.restart) clearTimeout(place.restart);
      place.restart = null;
      // Their own SIGTERM handler: close the listener, finish open requests and background passes.
      place.worker?.process.kill("SIGTERM");
    }
    exitWhenAllStopped();
  };

  cluster.on("listening", (worker, address) => {
    const place = placeOf.get(worker.id);
    if (!place) return;
    if (place.listened) console.log(`  worker ${place.number} is serving again (pid ${worker.process.pid})`);
    place.listened = true;
    if (!ready && places.every((p) => p.listened)) {
      ready = true;
      onReady(address.port);
    }
  });

  cluster.on("exit", (worker, code, signal) => {
    const place = placeOf.get(worker.id);
    placeOf.delete(worker.id);
    if (!place) return;
    place.worker = null;
    if (stopping) return exitWhenAllStopped();
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!ready) {
      // A worker that cannot start the first time (port taken, database refused) will not start
      // the next time either: fail as the single process does, at once.
      console.error(
        `  worker ${place.number} (pid ${worker.process.pid}) exited (${how}) before every worker ` +
          "was listening: stopping",
      );
      return stop(1);
    }
    const next = nextRestart(place.quickDeaths, Date.now() - place.forkedAt);
    if (!next) {
      console.error(
        `  worker ${place.number} (pid ${worker.process.pid}) exited (${how}), ` +
          `${RESTART_POLICY.maxQuickDeaths} times in a row within ${RESTART_POLICY.quickMs / 1000} s ` +
          "of starting: giving up",
      );
      return stop(1);
    }
    place.quickDeaths = next.quickDeaths;
    console.error(
      `  worker ${place.number} (pid ${worker.process.pid}) exited unexpectedly (${how}); starting it again` +
        (next.delayMs > 0 ? ` in ${next.delayMs / 1000} s` : ""),
    );
    place.restart = setTimeout(() => fork(place), next.delayMs);
  });

  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  for (const place of places) fork(place);
}

/**
 * What every worker gets beside the primary's environment. The forecast job fits on one thread
 * per core by default; n workers claiming its chunks at once would start n threads per core, so
 * unless MAEUL_FORECAST_THREADS says otherwise each gets its share of the cores.
 */
function workerEnv(count: number): Record<string, string> {
  if (process.env.MAEUL_FORECAST_THREADS) return {};
  return { MAEUL_FORECAST_THREADS: String(Math.max(1, Math.floor(os.availableParallelism() / count))) };
}

// ---------------------------------------------------------------------------------------------
// Worker

async function runWorker(config: AppConfig, options: WorkersOptions): Promise<void> {
  const number = process.env[WORKER_NUMBER_ENV] ?? String(cluster.worker?.id);
  const log = (line: string) => console.log(`  [worker ${number}] ${line.trimStart()}`);
  try {
    loadServerKeys(config);
    const database = await openServerDatabase(config);
    const serving = startServing(database, config, { ...options, log });
    const shutdown = () =>
      void serving
        .stop()
        .then(() => log("stopped"))
        .finally(() => process.exit(0));
    // `on`, not `once`: a Ctrl-C reaches the workers and the primary alike, and the primary's
    // SIGTERM follows; the stop already under way must not be cut short by the second signal.
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  } catch (error) {
    // The IPC channel to the primary would keep a failed worker alive: exit so that it is restarted.
    console.error(`  [worker ${number}] could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}
