import { serve } from "@hono/node-server";
import { startAllocationRunner } from "../allocation-runs/allocation-runner.ts";
import type { AppConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { type ForecastRefresher, startBackgroundForecasts } from "../forecasting/forecast-refresher.ts";
import { startNotifications } from "../notifications/start-notifications.ts";
import { encryptLeftoverPlaintext } from "../privacy/encrypt-plaintext-step.ts";
import { loadKeyring, setFieldKeys } from "../privacy/field-keys.ts";
import { refreshResidentLookups } from "../residents/resident-lookups.step.ts";
import { createApp } from "./app.ts";

/**
 * `maeul serve`: loads the data keys (refusing to start without one on a PostgreSQL server),
 * opens the database, applies migrations, encrypts personal data an older release left in
 * plaintext, seeds real regions and the demo on first start (each step is skipped when already
 * done), then listens.
 */
export async function startServer(
  config: AppConfig,
  options: { seed?: boolean; notifications?: boolean } = {},
) {
  const started = performance.now();
  const keys = loadKeyring(config);
  setFieldKeys(keys.keyring);
  for (const warning of keys.warnings) console.warn(`  warning: ${warning}`);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
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
  await migrateDatabase(database);
  await encryptLeftoverPlaintext(database.db, keys.keyring, {
    log: (line) => console.log(`  privacy: ${line}`),
  });
  // The walk-in lookup's blind indexes for rows from before them, or from before a key change.
  await refreshResidentLookups(database.db, keys.keyring, {
    log: (line) => console.log(`  privacy: ${line}`),
  });
  if (options.seed !== false) {
    await seedDatabase(database.db, {
      regions: "pilot",
      demo: true,
      log: (line) => console.log(`  seed: ${line}`),
    });
  }
  const app = createApp({ db: database.db, dbKind: database.kind, now: () => new Date() });
  let forecasts: ForecastRefresher | null = null;
  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: process.env.HOST || "0.0.0.0" },
    (info) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`마을 Maeul is running at http://localhost:${info.port} (ready in ${seconds} s)`);
      console.log(`  API docs: http://localhost:${info.port}/api/docs`);
      // Only once listening: every 시군구's forecasts are computed in the background and stored
      // (MAEUL_FORECAST_REFRESH=off leaves them to `maeul forecast refresh` and on-request fits).
      forecasts = startBackgroundForecasts(database.db, {
        dbKind: database.kind,
        log: (line) => console.log(`  ${line}`),
      });
    },
  );
  // The notification sender (MAEUL_NOTIFY_SENDER=off leaves it to `maeul notifications send`).
  const notifications = options.notifications === false ? null : startNotifications(database.db);
  // Large allocation runs, and runs a stopped process left unfinished (small ones finish in their request).
  const allocations = startAllocationRunner(database.db, { log: (line) => console.log(`  ${line}`) });
  const shutdown = () => {
    server.close(() => {
      void (notifications?.stop() ?? Promise.resolve())
        .then(() => allocations.stop())
        .then(() => forecasts?.stop())
        .then(() => database.close())
        .finally(() => process.exit(0));
    });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return { server, database, notifications };
}
