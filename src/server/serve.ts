import { serve } from "@hono/node-server";
import { startAllocationRunner } from "../allocation-runs/allocation-runner.ts";
import type { AppConfig } from "../config.ts";
import { type Database, openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { type ForecastRefresher, startBackgroundForecasts } from "../forecasting/forecast-refresher.ts";
import { startNotifications } from "../notifications/start-notifications.ts";
import type { Keyring } from "../privacy/domain/field-envelope.ts";
import { encryptLeftoverPlaintext } from "../privacy/encrypt-plaintext-step.ts";
import { loadKeyring, setFieldKeys } from "../privacy/field-keys.ts";
import { refreshResidentLookups } from "../residents/resident-lookups.step.ts";
import { createApp } from "./app.ts";

/**
 * `maeul serve`: loads the data keys (refusing to start without one on a PostgreSQL server),
 * opens the database, applies migrations, encrypts personal data an older release left in
 * plaintext, seeds real regions and the demo on first start (each step is skipped when already
 * done), then listens.
 *
 * This file is the single-process server and the steps it shares with `--workers n`
 * (serve-workers.ts): the one-time preparation of the database, and serving (the app, the
 * listen and the background loops) with an orderly stop.
 */

export interface ServeOptions {
  seed?: boolean;
  notifications?: boolean;
}

export type ServerKeys = ReturnType<typeof loadKeyring>;

/** The data keys, fixed for this process: every field it seals or opens uses them. */
export function loadServerKeys(config: AppConfig): ServerKeys {
  const keys = loadKeyring(config);
  setFieldKeys(keys.keyring);
  for (const warning of keys.warnings) console.warn(`  warning: ${warning}`);
  return keys;
}

export function openServerDatabase(config: AppConfig): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/** Which database and which data key: printed once per start (by the primary with --workers). */
export function logDatabaseAndKeys(config: AppConfig, database: Database, keys: ServerKeys): void {
  const where =
    database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`마을 Maeul: database ${where}`);
  console.log(
    `  data key ${keys.keyring.current.id} from ${
      keys.source.kind === "env"
        ? "MAEUL_DATA_KEY"
        : `${keys.source.path}${keys.source.created ? " (created now: keep a copy apart from backups)" : ""}`
    }`,
  );
}

/**
 * The steps that bring the database up to this release, run once per start (never once per
 * worker: two processes migrating or seeding at once would race for the same rows).
 */
export async function prepareDatabase(
  database: Database,
  keyring: Keyring,
  options: Pick<ServeOptions, "seed">,
): Promise<void> {
  await migrateDatabase(database);
  await encryptLeftoverPlaintext(database.db, keyring, {
    log: (line) => console.log(`  privacy: ${line}`),
  });
  // The walk-in lookup's blind indexes for rows from before them, or from before a key change.
  await refreshResidentLookups(database.db, keyring, {
    log: (line) => console.log(`  privacy: ${line}`),
  });
  if (options.seed !== false) {
    await seedDatabase(database.db, {
      regions: "pilot",
      demo: true,
      log: (line) => console.log(`  seed: ${line}`),
    });
  }
}

export interface Serving {
  server: ReturnType<typeof serve>;
  notifications: { stop(): Promise<void> } | null;
  /** Stops accepting connections, lets open requests and the background passes finish, closes the database. */
  stop(): Promise<void>;
}

/**
 * Serves the API and the web app on an opened, prepared database, with the background loops
 * beside it. `log` is for the loops' lines (a worker prefixes its number); by default they are
 * indented under the start-up lines as they always were.
 */
export function startServing(
  database: Database,
  config: AppConfig,
  options: Pick<ServeOptions, "notifications"> & {
    onListening?: (port: number) => void;
    log?: (line: string) => void;
  } = {},
): Serving {
  const log = options.log ?? ((line: string) => console.log(`  ${line}`));
  const app = createApp({ db: database.db, dbKind: database.kind, now: () => new Date() });
  let forecasts: ForecastRefresher | null = null;
  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: process.env.HOST || "0.0.0.0" },
    (info) => {
      options.onListening?.(info.port);
      // Only once listening: every 시군구's forecasts are computed in the background and stored
      // (MAEUL_FORECAST_REFRESH=off leaves them to `maeul forecast refresh` and on-request fits).
      forecasts = startBackgroundForecasts(database.db, { dbKind: database.kind, log });
    },
  );
  // The notification sender (MAEUL_NOTIFY_SENDER=off leaves it to `maeul notifications send`).
  const notifications =
    options.notifications === false
      ? null
      : startNotifications(database.db, process.env, options.log ?? console.log);
  // Large allocation runs, and runs a stopped process left unfinished (small ones finish in their request).
  const allocations = startAllocationRunner(database.db, { log });
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => server.close(() => resolve()))
      .then(() => notifications?.stop())
      .then(() => allocations.stop())
      .then(() => forecasts?.stop())
      .then(() => database.close());
    return stopping;
  };
  return { server, notifications, stop };
}

export async function startServer(config: AppConfig, options: ServeOptions = {}) {
  const started = performance.now();
  const keys = loadServerKeys(config);
  const database = await openServerDatabase(config);
  logDatabaseAndKeys(config, database, keys);
  await prepareDatabase(database, keys.keyring, options);
  const serving = startServing(database, config, {
    ...options,
    onListening: (port) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`마을 Maeul is running at http://localhost:${port} (ready in ${seconds} s)`);
      console.log(`  API docs: http://localhost:${port}/api/docs`);
    },
  });
  const shutdown = () => void serving.stop().finally(() => process.exit(0));
  // `once`: a second Ctrl-C takes the default action and ends the process at once.
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return { server: serving.server, database, notifications: serving.notifications };
}
