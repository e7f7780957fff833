import { randomUUID } from "node:crypto";
import { and, asc, count, eq, gt, gte, inArray, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { regionStatistics, regions } from "../regions/region.table.ts";
import type { WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import {
  type DemandForecastRow,
  demandDataVersion,
  demandForecasts,
  forecastRunRegions,
  forecastRuns,
} from "./demand-forecast.table.ts";

/**
 * All SQL of stored forecasts: the data version, reading and writing results, and the forecast
 * job's runs with their claimed work lists (SKIP LOCKED and a lease, as the notification sender).
 */

/** The number that every write to the forecasts' inputs moves on (a trigger; 0 before migration). */
export async function readDataVersion(db: Db): Promise<number> {
  const [row] = await db
    .select({ version: demandDataVersion.version })
    .from(demandDataVersion)
    .where(eq(demandDataVersion.id, 1));
  return row?.version ?? 0;
}

export interface ForecastKey {
  /** The last month of history as its first day, "2026-02-01". */
  asOf: string;
  horizon: number;
  modelVersion: string;
}

export interface StoredForecast
  extends Pick<
    DemandForecastRow,
    | "regionCode"
    | "category"
    | "dataVersion"
    | "method"
    | "source"
    | "synthetic"
    | "observedMonths"
    | "forecast"
  > {
  /** Left out (null) unless asked for: the map needs neither. */
  notes: DemandForecastRow["notes"] | null;
  history: DemandForecastRow["history"] | null;
}

/** Stored results of this month, horizon and model (any data version). */
function resultsOf(key: ForecastKey): SQL | undefined {
  return and(
    eq(demandForecasts.asOf, key.asOf),
    eq(demandForecasts.horizon, key.horizon),
    eq(demandForecasts.modelVersion, key.modelVersion),
  );
}

/** The run of exactly these inputs (at most one: a unique index). */
function runOf(key: ForecastKey & { dataVersion: number }): SQL | undefined {
  return and(
    eq(forecastRuns.asOf, key.asOf),
    eq(forecastRuns.horizon, key.horizon),
    eq(forecastRuns.dataVersion, key.dataVersion),
    eq(forecastRuns.modelVersion, key.modelVersion),
  );
}

/**
 * The stored results of this data version (or a newer one, written since the caller read it),
 * for these 시군구 (or all), ordered by district. The notes and the history (70 months a series)
 * are read only with `detail`: the map needs neither, and they are most of the bytes.
 */
export async function findStoredForecasts(
  db: Db,
  key: ForecastKey & { dataVersion: number; regionCodes?: readonly string[]; detail: boolean },
): Promise<StoredForecast[]> {
  const f = demandForecasts;
  return db
    .select({
      regionCode: f.regionCode,
      category: f.category,
      dataVersion: f.dataVersion,
      method: f.method,
      source: f.source,
      synthetic: f.synthetic,
      observedMonths: f.observedMonths,
      forecast: f.forecast,
      notes: key.detail ? f.notes : sql<null>`null`,
      history: key.detail ? f.history : sql<null>`null`,
    })
    .from(f)
    .where(
      and(
        resultsOf(key),
        gte(f.dataVersion, key.dataVersion),
        key.regionCodes ? inArray(f.regionCode, [...key.regionCodes]) : undefined,
      ),
    )
    .orderBy(asc(f.regionCode));
}

/** The digests of what is stored for these 시군구 (any data version), by "code|category". */
export async function findStoredDigests(
  db: Db,
  key: ForecastKey & { regionCodes: readonly string[] },
): Promise<Map<string, { digest: string; dataVersion: number }>> {
  if (key.regionCodes.length === 0) return new Map();
  const rows = await db
    .select({
      regionCode: demandForecasts.regionCode,
      category: demandForecasts.category,
      digest: demandForecasts.inputDigest,
      dataVersion: demandForecasts.dataVersion,
    })
    .from(demandForecasts)
    .where(and(resultsOf(key), inArray(demandForecasts.regionCode, [...key.regionCodes])));
  return new Map(rows.map((r) => [`${r.regionCode}|${r.category}`, r]));
}

export type NewStoredForecast = typeof demandForecasts.$inferInsert;

/**
 * Writes fitted results, replacing what is stored for the same district, category, asOf and
 * horizon unless that is of a newer data version (a slow writer never overwrites a newer result).
 */
export async function storeForecasts(db: Db, rows: readonly NewStoredForecast[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insert(demandForecasts)
      .values(rows.slice(i, i + 200))
      .onConflictDoUpdate({
        target: [
          demandForecasts.asOf,
          demandForecasts.horizon,
          demandForecasts.regionCode,
          demandForecasts.category,
        ],
        set: excluded([
          "data_version",
          "model_version",
          "input_digest",
          "method",
          "source",
          "synthetic",
          "observed_months",
          "history_end",
          "notes",
          "history",
          "forecast",
          "run_id",
          "computed_at",
        ]),
        setWhere: sql`${demandForecasts.dataVersion} <= excluded.data_version`,
      });
  }
}

function excluded(columns: readonly string[]): Record<string, SQL> {
  return Object.fromEntries(
    columns.map((c) => [c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()), sql.raw(`excluded.${c}`)]),
  );
}

/**
 * Stored results whose inputs did not change (same digest) are carried to a newer data version
 * without refitting. Returns how many rows moved.
 */
export async function relabelForecasts(
  db: Db,
  key: ForecastKey & {
    dataVersion: number;
    rows: readonly { regionCode: string; category: WorkCategory; digest: string }[];
  },
): Promise<number> {
  if (key.rows.length === 0) return 0;
  const json = JSON.stringify(key.rows.map((r) => ({ r: r.regionCode, c: r.category, d: r.digest })));
  const result = await db.execute(sql`
    update demand_forecasts f set data_version = ${key.dataVersion}
    from json_to_recordset(${json}::json) as x(r varchar, c text, d text)
    where f.as_of = ${key.asOf}::date and f.horizon = ${key.horizon} and f.model_version = ${key.modelVersion}
      and f.region_code = x.r and f.category = x.c and f.input_digest = x.d
      and f.data_version < ${key.dataVersion}
    returning f.region_code`);
  // Both drivers answer a raw query with `{ rows }`; the Db type cannot say so.
  return (result as unknown as { rows: unknown[] }).rows.length;
}

// ---------------------------------------------------------------------------------------------
// Runs

export type ForecastRun = typeof forecastRuns.$inferSelect;

/**
 * The run for these inputs, created with one pending row per 시군구 (with figures) when there is
 * none. Two processes creating it at once: the unique index makes the second wait for the first
 * and then find its run.
 */
export async function findOrCreateRun(
  db: Db,
  key: ForecastKey & { dataVersion: number },
): Promise<ForecastRun> {
  const where = runOf(key);
  const [existing] = await db.select().from(forecastRuns).where(where);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const [created] = await tx
      .insert(forecastRuns)
      .values({ id, ...key, regionsTotal: 0 })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      const [other] = await tx.select().from(forecastRuns).where(where);
      return other!;
    }
    const districts = await tx
      .select({ code: regions.code })
      .from(regions)
      .innerJoin(regionStatistics, eq(regionStatistics.regionCode, regions.code))
      .where(eq(regions.level, "sigungu"));
    if (districts.length > 0) {
      await tx.insert(forecastRunRegions).values(districts.map((d) => ({ runId: id, regionCode: d.code })));
    }
    const [run] = await tx
      .update(forecastRuns)
      .set({ regionsTotal: districts.length })
      .where(eq(forecastRuns.id, id))
      .returning();
    return run!;
  });
}

/**
 * Claims up to `limit` districts of the run that nobody holds: pending, or claimed by a process
 * whose lease has run out (it died). The lease is counted on the database's clock, the same for
 * every process.
 */
export async function claimRunRegions(
  db: Db,
  options: { runId: string; limit: number; leaseMs: number; token: string },
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const open = tx
      .select({ regionCode: forecastRunRegions.regionCode })
      .from(forecastRunRegions)
      .where(
        and(
          eq(forecastRunRegions.runId, options.runId),
          or(
            eq(forecastRunRegions.status, "pending"),
            and(eq(forecastRunRegions.status, "claimed"), lt(forecastRunRegions.leaseUntil, sql`now()`)),
          ),
        ),
      )
      .orderBy(asc(forecastRunRegions.regionCode))
      .limit(options.limit)
      .for("update", { skipLocked: true });
    const claimed = await tx
      .update(forecastRunRegions)
      .set({
        status: "claimed",
        claimToken: options.token,
        leaseUntil: sql`now() + ${`${options.leaseMs} milliseconds`}::interval`,
        attempts: sql`${forecastRunRegions.attempts} + 1`,
      })
      .where(and(eq(forecastRunRegions.runId, options.runId), inArray(forecastRunRegions.regionCode, open)))
      .returning({ regionCode: forecastRunRegions.regionCode });
    return claimed.map((r) => r.regionCode).sort();
  });
}

/**
 * Claims of the run go back to pending: those of one token (a chunk that failed, to be tried
 * again at once), or all of them (PGlite: one process, so any claim found at start is a dead one's).
 */
export async function releaseRunClaims(db: Db, runId: string, token?: string): Promise<number> {
  const rows = await db
    .update(forecastRunRegions)
    .set({ status: "pending", claimToken: null, leaseUntil: null })
    .where(
      and(
        eq(forecastRunRegions.runId, runId),
        eq(forecastRunRegions.status, "claimed"),
        token ? eq(forecastRunRegions.claimToken, token) : undefined,
      ),
    )
    .returning({ regionCode: forecastRunRegions.regionCode });
  return rows.length;
}

/** Marks done the districts this token still holds; returns them (a lost claim is left out). */
export async function finishRunRegions(
  db: Db,
  options: { runId: string; token: string; regionCodes: readonly string[] },
): Promise<string[]> {
  if (options.regionCodes.length === 0) return [];
  const rows = await db
    .update(forecastRunRegions)
    .set({ status: "done", claimToken: null, leaseUntil: null, finishedAt: sql`now()` })
    .where(
      and(
        eq(forecastRunRegions.runId, options.runId),
        eq(forecastRunRegions.claimToken, options.token),
        eq(forecastRunRegions.status, "claimed"),
        inArray(forecastRunRegions.regionCode, [...options.regionCodes]),
      ),
    )
    .returning({ regionCode: forecastRunRegions.regionCode });
  return rows.map((r) => r.regionCode);
}

export async function addRunCounts(db: Db, runId: string, fitted: number, reused: number): Promise<void> {
  await db
    .update(forecastRuns)
    .set({
      seriesFitted: sql`${forecastRuns.seriesFitted} + ${fitted}`,
      seriesReused: sql`${forecastRuns.seriesReused} + ${reused}`,
    })
    .where(eq(forecastRuns.id, runId));
}

export async function runRegionCounts(db: Db, runId: string): Promise<{ done: number; open: number }> {
  const rows = await db
    .select({ status: forecastRunRegions.status, n: count() })
    .from(forecastRunRegions)
    .where(eq(forecastRunRegions.runId, runId))
    .groupBy(forecastRunRegions.status);
  const done = rows.find((r) => r.status === "done")?.n ?? 0;
  return { done, open: rows.reduce((s, r) => s + r.n, 0) - done };
}

/** The run is done when no district is left; false when some still are (or it is gone). */
export async function finishRun(db: Db, runId: string): Promise<ForecastRun | null> {
  const [run] = await db
    .update(forecastRuns)
    .set({ status: "done", finishedAt: sql`now()` })
    .where(
      and(
        eq(forecastRuns.id, runId),
        eq(forecastRuns.status, "running"),
        sql`not exists (select 1 from ${forecastRunRegions} r where r.run_id = ${forecastRuns.id} and r.status <> 'done')`,
      ),
    )
    .returning();
  return run ?? null;
}

export async function findRun(db: Db, runId: string): Promise<ForecastRun | null> {
  const [run] = await db.select().from(forecastRuns).where(eq(forecastRuns.id, runId));
  return run ?? null;
}

/**
 * After a finished run: older months' runs and results go, and so do runs of this month and
 * horizon made from older data or models (their work lists with them). Results of other horizons
 * of this month stay for the requests that asked for them.
 */
export async function pruneForecasts(db: Db, run: ForecastRun): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(forecastRuns)
      .where(
        and(
          ne(forecastRuns.id, run.id),
          or(
            lt(forecastRuns.asOf, run.asOf),
            and(
              eq(forecastRuns.asOf, run.asOf),
              eq(forecastRuns.horizon, run.horizon),
              or(
                lt(forecastRuns.dataVersion, run.dataVersion),
                ne(forecastRuns.modelVersion, run.modelVersion),
              ),
            ),
          ),
        ),
      );
    await tx.delete(demandForecasts).where(lt(demandForecasts.asOf, run.asOf));
  });
}

/** The run for these inputs, if one was started. */
export async function findRunFor(
  db: Db,
  key: ForecastKey & { dataVersion: number },
): Promise<ForecastRun | null> {
  const [run] = await db.select().from(forecastRuns).where(runOf(key));
  return run ?? null;
}

/**
 * Whether a run for these inputs is being worked on now: running, with a district under a live
 * claim or one finished within `withinMs` (between two chunks nothing is claimed for a moment).
 * A run left by a dead process stops counting after that, since nobody is coming to finish it.
 */
export async function hasLiveRun(
  db: Db,
  key: ForecastKey & { dataVersion: number; withinMs: number },
): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(forecastRunRegions)
    .innerJoin(forecastRuns, eq(forecastRuns.id, forecastRunRegions.runId))
    .where(
      and(
        runOf(key),
        eq(forecastRuns.status, "running"),
        or(
          and(eq(forecastRunRegions.status, "claimed"), gt(forecastRunRegions.leaseUntil, sql`now()`)),
          gt(forecastRunRegions.finishedAt, sql`now() - ${`${key.withinMs} milliseconds`}::interval`),
        ),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
