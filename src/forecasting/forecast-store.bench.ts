import type { DbKind } from "../db/client.ts";
import { seedDatabase } from "../db/seed-database.ts";
import {
  createThrowawayDatabase,
  DEFAULT_POSTGRES_ADMIN_URL,
  probePostgres,
} from "../db/throwaway-database.ts";
import { createApp } from "../server/app.ts";
import { deleteObservations } from "./demand-observation.repository.ts";
import { refreshForecasts } from "./forecast-refresh.ts";
import { seedDemandHistory } from "./seed-demand-history.ts";

/**
 * `npm run bench -- forecast-store`: the national forecast map (GET /api/forecasts/summary,
 * 250 시군구 × 9 categories) through the in-process HTTP stack, on PGlite and PostgreSQL side by
 * side, with the whole synthetic demand history stored:
 * - the baseline: the first call fitting every series on request (what every first call after a
 *   start did before forecasts were stored; now the fallback when nothing is stored);
 * - the same call reading the stored results;
 * - the background job: a full run (2,250 series fitted), and a run after a data change that
 *   changed no series (digests equal: re-labelled, nothing fitted);
 * - while a run is in progress: the summary (answering with what is ready) and the health check,
 *   against the health check when idle (does the server keep answering?).
 */
const ROUNDS = 20;

interface Figures {
  firstCallFitted: number;
  storedMedian: number;
  storedP95: number;
  runFull: number;
  runUnchanged: number;
  duringRunSummary: number;
  duringRunReady: string;
  healthIdle: number;
  healthDuringRun: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

export async function forecastStoreBench(): Promise<void> {
  const kinds: DbKind[] = ["pglite"];
  if ((await probePostgres()) === null) kinds.push("postgres");
  else console.log(`(PostgreSQL at ${DEFAULT_POSTGRES_ADMIN_URL} unreachable: PGlite only)`);
  const now = new Date();
  const results = new Map<DbKind, Figures>();

  for (const kind of kinds) {
    const database = await createThrowawayDatabase(kind);
    try {
      await seedDatabase(database.db, { regions: [], demo: false });
      await seedDemandHistory(database.db);
      const app = createApp({ db: database.db, dbKind: kind, now: () => now }, { serveWebApp: false });
      const time = async (path: string) => {
        const start = performance.now();
        const response = await app.request(path);
        const body = (await response.json()) as { progress?: { ready: number; total: number } };
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        return { ms: performance.now() - start, body };
      };
      const summary = (horizon: number) => `/api/forecasts/summary?level=sigungu&horizon=${horizon}`;

      const firstCallFitted = (await time(summary(12))).ms;
      const stored: number[] = [];
      for (let i = 0; i < ROUNDS; i++) stored.push((await time(summary(12))).ms);

      let start = performance.now();
      await refreshForecasts(database.db, { now, horizon: 6 });
      const runFull = (performance.now() - start) / 1000;
      // A statement that touches no row still moves the data version on: a new run, nothing fitted.
      await deleteObservations(database.db, "import", ["99999"]);
      start = performance.now();
      const unchanged = await refreshForecasts(database.db, { now, horizon: 6 });
      const runUnchanged = (performance.now() - start) / 1000;
      if (unchanged.seriesFitted !== 0)
        throw new Error(`expected nothing fitted, got ${unchanged.seriesFitted}`);

      const healthIdle: number[] = [];
      for (let i = 0; i < ROUNDS; i++) healthIdle.push((await time("/api/health")).ms);
      // A run of a horizon not stored yet, with the map and the health check asked meanwhile.
      const run = refreshForecasts(database.db, { now, horizon: 3, niceness: 10 });
      let running = true;
      void run.finally(() => {
        running = false;
      });
      const duringSummary: number[] = [];
      const duringHealth: number[] = [];
      let lastReady = "";
      await new Promise((resolve) => setTimeout(resolve, 300));
      while (running) {
        const s = await time(summary(3));
        duringSummary.push(s.ms);
        if (s.body.progress) lastReady = `${s.body.progress.ready}/${s.body.progress.total}`;
        duringHealth.push((await time("/api/health")).ms);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await run;

      results.set(kind, {
        firstCallFitted,
        storedMedian: median(stored),
        storedP95: p95(stored),
        runFull,
        runUnchanged,
        duringRunSummary: duringSummary.length > 0 ? median(duringSummary) : Number.NaN,
        duringRunReady: lastReady || "-",
        healthIdle: median(healthIdle),
        healthDuringRun: duringHealth.length > 0 ? median(duringHealth) : Number.NaN,
      });
    } finally {
      await database.dispose();
    }
  }

  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const s = (v: number) => `${v.toFixed(1)} s`;
  const rows: [string, (f: Figures) => string][] = [
    ["baseline: summary, first call fitting 2,250 series on request", (f) => ms(f.firstCallFitted)],
    [
      `summary from stored results (median / p95 of ${ROUNDS})`,
      (f) => `${ms(f.storedMedian)} / ${ms(f.storedP95)}`,
    ],
    ["background run: every 시군구, 2,250 series fitted", (f) => s(f.runFull)],
    ["background run after a data change that changed no series", (f) => s(f.runUnchanged)],
    [
      "summary while a run is in progress (median; last ready count)",
      (f) => `${ms(f.duringRunSummary)} (${f.duringRunReady})`,
    ],
    [
      "health check idle / while a run is in progress (median)",
      (f) => `${ms(f.healthIdle)} / ${ms(f.healthDuringRun)}`,
    ],
  ];
  console.log(
    `national map, 250 시군구 × 9 categories, synthetic history 2021-01..; ${process.platform}/${process.arch}`,
  );
  console.log(`| measure | ${kinds.join(" | ")} |\n|---|${kinds.map(() => "---").join("|")}|`);
  for (const [label, cell] of rows) {
    console.log(`| ${label} | ${kinds.map((k) => cell(results.get(k)!)).join(" | ")} |`);
  }
}
