import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import type { Db } from "../db/client.ts";
import { claimRunRegions, readDataVersion } from "./demand-forecast.repository.ts";
import { findRegionFigures, upsertObservations } from "./demand-observation.repository.ts";
import { ZForecastSummary, ZRegionForecast } from "./forecast.schema.ts";
import { refreshForecasts } from "./forecast-refresh.ts";
import { startBackgroundForecasts, startForecastRefresher } from "./forecast-refresher.ts";
import { seedDemandHistory } from "./seed-demand-history.ts";

/**
 * The stored forecasts and the job that fills them, on both databases: 서울's 25 districts have
 * the synthetic history (fitted by the combination), the other 225 get cold starts. The clock is
 * 2026-03-02, so asOf is 2026-02.
 */
async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Everything the job writes, to tell whether a call wrote anything. */
async function snapshot(db: Db) {
  return {
    forecasts: await rows(
      db,
      sql`select region_code, category, horizon, data_version, input_digest, to_char(computed_at, 'YYYY-MM-DD HH24:MI:SS.US') as at
          from demand_forecasts order by 1, 2, 3`,
    ),
    runs: await rows(db, sql`select * from forecast_runs order by started_at`),
    regions: await rows(db, sql`select * from forecast_run_regions order by run_id, region_code`),
  };
}

async function computedAt(db: Db, horizon = 12): Promise<Map<string, string>> {
  const list = await rows<{ k: string; at: string }>(
    db,
    sql`select region_code || '|' || category as k, to_char(computed_at, 'YYYY-MM-DD HH24:MI:SS.US') as at
        from demand_forecasts where horizon = ${horizon}`,
  );
  return new Map(list.map((r) => [r.k, r.at]));
}

/** One month of one series, rewritten: the data version moves on. */
async function rewrite(db: Db, period: string, hours: number) {
  await upsertObservations(db, "synthetic", [
    {
      regionCode: "11620",
      category: "care",
      period,
      hoursRequested: hours,
      itemsPosted: 10,
      itemsFilled: 8,
      unmetRequests: 0,
      synthetic: true,
    },
  ]);
}

describe.each(await testDatabaseKinds())("stored forecasts and the forecast job on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let db: Db;
  const now = new Date("2026-03-02T00:00:00Z");

  beforeAll(async () => {
    t = await createTestApp(kind);
    db = t.database.db;
    const seoul = (await findRegionFigures(db)).map((f) => f.regionCode).filter((c) => c.startsWith("11"));
    await seedDemandHistory(db, { regions: seoul });
  });
  afterAll(() => t.dispose());

  it("stores every district once, resumes after a crash, and a second run writes nothing", async () => {
    // A server stopped halfway: five chunks of 25 recorded.
    let stop = false;
    const first = await refreshForecasts(db, {
      now,
      chunkSize: 25,
      threads: 2,
      shouldStop: () => stop,
      onProgress: (done) => {
        stop = done >= 125;
      },
    });
    expect(first).toMatchObject({ status: "stopped", regionsTotal: 250, regionsDone: 125, asOf: "2026-02" });
    expect(first.seriesFitted).toBe(125 * 9);
    const firstHalf = await computedAt(db);
    expect(firstHalf.size).toBe(125 * 9);

    // A process that died holding a chunk (its lease ran out), and one alive holding another.
    const dead = await claimRunRegions(db, {
      runId: first.runId,
      limit: 25,
      leaseMs: 1,
      token: randomUUID(),
    });
    const alive = await claimRunRegions(db, {
      runId: first.runId,
      limit: 25,
      leaseMs: 3_600_000,
      token: randomUUID(),
    });
    expect(dead).toHaveLength(25);
    expect(alive).toHaveLength(25);
    await new Promise((resolve) => setTimeout(resolve, 20));

    const resumed = await refreshForecasts(db, { now, threads: 2 });
    expect(resumed).toMatchObject({ status: "elsewhere", regionsDone: 225, regionsByThisCall: 100 });
    expect(resumed.runId).toBe(first.runId);
    // What was stored before the crash is not fitted again.
    const after = await computedAt(db);
    for (const [k, at] of firstHalf) expect(after.get(k)).toBe(at);
    const attempts = await rows<{ region_code: string; attempts: number }>(
      db,
      sql`select region_code, attempts from forecast_run_regions where run_id = ${first.runId} and attempts > 1`,
    );
    expect(attempts.map((r) => r.region_code).sort()).toEqual([...dead].sort());

    // The embedded database is one process's: a claim it finds at start is a stopped one's.
    const finished = await refreshForecasts(db, { now, threads: 2, takeOverClaims: true });
    expect(finished).toMatchObject({ status: "done", regionsDone: 250, regionsByThisCall: 25 });
    expect(first.seriesFitted + resumed.seriesFitted + finished.seriesFitted).toBe(2250);
    const stored = await rows<{ method: string; n: number }>(
      db,
      sql`select method, count(*)::int as n from demand_forecasts where as_of = '2026-02-01' and horizon = 12 group by method order by method`,
    );
    expect(stored).toEqual([
      { method: "cold_start", n: 225 * 9 },
      { method: "combination", n: 25 * 9 },
    ]);

    const before = await snapshot(db);
    const again = await refreshForecasts(db, { now, threads: 2 });
    expect(again).toMatchObject({
      status: "up_to_date",
      seriesFitted: 0,
      seriesReused: 0,
      regionsByThisCall: 0,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it("serves the summary and the region pages from what is stored", async () => {
    // A stored result altered by hand shows through: nothing is refitted on request.
    const [original] = await rows<{ forecast: { mean: number }[] }>(
      db,
      sql`select forecast from demand_forecasts where region_code = '11110' and category = 'education' and horizon = 12`,
    );
    const altered = original!.forecast.map((p) => ({ ...p, mean: 1000 }));
    await db.execute(
      sql`update demand_forecasts set forecast = ${JSON.stringify(altered)}::jsonb
          where region_code = '11110' and category = 'education' and horizon = 12`,
    );
    try {
      const started = performance.now();
      const res = await t.request("GET", "/api/forecasts/summary?level=sigungu&horizon=12");
      const ms = performance.now() - started;
      expect(res.status).toBe(200);
      const summary = ZForecastSummary.parse(res.body);
      expect(summary).toMatchObject({ complete: true, progress: { ready: 250, total: 250 } });
      expect(summary.regions).toHaveLength(250);
      const jongno = summary.regions.find((r) => r.code === "11110")!;
      expect(jongno.categories.find((c) => c.category === "education")!.forecastHours).toBe(12_000);
      // Reading 2,250 stored results, not fitting 225 series and training the cold start.
      expect(ms).toBeLessThan(5_000);

      const page = ZRegionForecast.parse((await t.request("GET", "/api/forecasts/regions/11110")).body);
      const education = page.categories.find((c) => c.category === "education")!;
      expect(education.forecast.every((p) => p.mean === 1000)).toBe(true);
      expect(education.history.at(-1)).toMatchObject({ period: "2026-02" });
    } finally {
      await db.execute(
        sql`update demand_forecasts set forecast = ${JSON.stringify(original!.forecast)}::jsonb
            where region_code = '11110' and category = 'education' and horizon = 12`,
      );
    }
  });

  it("recomputes after the observations change, only the series whose inputs changed", async () => {
    const version = await readDataVersion(db);
    const before = await computedAt(db);
    const [old] = await rows<{ forecast: { mean: number }[] }>(
      db,
      sql`select forecast from demand_forecasts where region_code = '11620' and category = 'care' and horizon = 12`,
    );

    // 2021-06 lies before the cold start's three training years: one series changes.
    await rewrite(db, "2021-06-01", 50_000);
    expect(await readDataVersion(db)).toBeGreaterThan(version);
    const report = await refreshForecasts(db, { now, threads: 2 });
    expect(report).toMatchObject({
      status: "done",
      regionsByThisCall: 250,
      seriesFitted: 1,
      seriesReused: 2249,
    });
    const after = await computedAt(db);
    for (const [k, at] of before) {
      if (k === "11620|care") expect(after.get(k)).not.toBe(at);
      else expect(after.get(k)).toBe(at);
    }
    const [fresh] = await rows<{ forecast: { mean: number }[]; data_version: number }>(
      db,
      sql`select forecast, data_version from demand_forecasts where region_code = '11620' and category = 'care' and horizon = 12`,
    );
    expect(Number(fresh!.data_version)).toBe(report.dataVersion);
    expect(fresh!.forecast).not.toEqual(old!.forecast);
    // The older run and its work list are gone; one run per month and horizon is kept.
    const runs = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from forecast_runs where horizon = 12`,
    );
    expect(runs[0]!.n).toBe(1);

    // Within the training years: every cold start depends on it too.
    await rewrite(db, "2025-12-01", 9_000);
    const wider = await refreshForecasts(db, { now, threads: 2 });
    expect(wider).toMatchObject({ status: "done", seriesFitted: 1 + 225 * 9, seriesReused: 24 * 9 + 8 });
  });

  it("answers the summary with what is ready while the background job runs, then in full", async () => {
    expect(startBackgroundForecasts(db, { dbKind: kind, env: { MAEUL_FORECAST_REFRESH: "off" } })).toBeNull();
    await rewrite(db, "2021-07-01", 3_000);
    // A start cut short after 100 districts at the new data version.
    let stop = false;
    const partial = await refreshForecasts(db, {
      now,
      threads: 2,
      shouldStop: () => stop,
      onProgress: (done) => {
        stop = done >= 100;
      },
    });
    expect(partial).toMatchObject({ status: "stopped", regionsDone: 100 });
    // No job in this process, but a run that recorded districts a moment ago: another process is
    // on it, so the summary does not fit the 150 left itself.
    const elsewhere = ZForecastSummary.parse((await t.request("GET", "/api/forecasts/summary")).body);
    expect(elsewhere).toMatchObject({ complete: false, progress: { ready: 100, total: 250 } });

    const refresher = startForecastRefresher(db, {
      now: () => now,
      startDelayMs: 3_600_000,
      intervalMs: 3_600_000,
      threads: 2,
      log: () => {},
    });
    try {
      const started = performance.now();
      const res = await t.request("GET", "/api/forecasts/summary?level=sigungu");
      const ms = performance.now() - started;
      const summary = ZForecastSummary.parse(res.body);
      expect(summary).toMatchObject({ complete: false, progress: { ready: 100, total: 250 } });
      expect(summary.regions).toHaveLength(100);
      const sum = summary.regions.reduce((s, r) => s + r.forecastHours, 0);
      expect(summary.total.forecastHours).toBeCloseTo(sum, 0);
      expect(ms).toBeLessThan(5_000);

      // The request woke the job; once it is done the summary is whole.
      await refresher.idle();
      expect(refresher.reports.get(12)).toMatchObject({ status: "done", regionsDone: 250 });
      const full = ZForecastSummary.parse(
        (await t.request("GET", "/api/forecasts/summary?level=sigungu")).body,
      );
      expect(full).toMatchObject({ complete: true, progress: { ready: 250, total: 250 } });
      expect(full.regions).toHaveLength(250);
    } finally {
      await refresher.stop();
    }
  });

  it("shares a run between two processes without doing a district twice", async () => {
    const [a, b] = await Promise.all([
      refreshForecasts(db, { now, horizon: 6, chunkSize: 10, threads: 1 }),
      refreshForecasts(db, { now, horizon: 6, chunkSize: 10, threads: 1 }),
    ]);
    expect(a.runId).toBe(b.runId);
    expect(a.regionsByThisCall + b.regionsByThisCall).toBe(250);
    expect(a.seriesFitted + b.seriesFitted).toBe(2250);
    const claims = await rows<{ attempts: number; n: number }>(
      db,
      sql`select attempts, count(*)::int as n from forecast_run_regions where run_id = ${a.runId} group by attempts`,
    );
    expect(claims).toEqual([{ attempts: 1, n: 250 }]);
    const stored = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from demand_forecasts where horizon = 6 and as_of = '2026-02-01'`,
    );
    expect(stored[0]!.n).toBe(2250);
  });
});
