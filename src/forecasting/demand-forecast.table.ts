import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { regions } from "../regions/region.table.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import type { DemandSource } from "./domain/demand-vocabulary.ts";

/**
 * Stored demand forecasts, so that the map and the region pages read results instead of fitting
 * 2,250 series on request (decision 0015). Three tables and a counter:
 *
 * - demand_data_version: one row whose number goes up with every statement that writes
 *   demand_observations or region_statistics (a trigger, migrations/0018): what a stored
 *   forecast was computed from, read in one cheap query by every request.
 * - forecast_runs: one background computation of every 시군구 for (asOf, horizon, data version,
 *   model version); unique, so the same inputs are never run twice.
 * - forecast_run_regions: the run's work list, one row per 시군구, claimed in chunks with a lease
 *   and a claim token (SKIP LOCKED, as the notification sender does): two processes share a run
 *   without doing a district twice, and a run cut short is finished by the next start.
 * - demand_forecasts: per 시군구 × category × asOf × horizon, the latest result with the data
 *   version and the digest of the exact inputs it was fitted on (a new data version whose inputs
 *   for a series did not change re-labels the row instead of refitting it).
 *
 * Aggregates only: no personal data.
 */
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

export const FORECAST_METHODS = ["combination", "cold_start", "none"] as const;
export type StoredForecastMethod = (typeof FORECAST_METHODS)[number];
export const FORECAST_RUN_STATUSES = ["running", "done"] as const;
export type ForecastRunStatus = (typeof FORECAST_RUN_STATUSES)[number];
export const RUN_REGION_STATUSES = ["pending", "claimed", "done"] as const;
export type RunRegionStatus = (typeof RUN_REGION_STATUSES)[number];

export interface StoredForecastPoint {
  period: string;
  mean: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
}

export const demandDataVersion = pgTable(
  "demand_data_version",
  {
    id: smallint().primaryKey().default(1),
    version: bigint({ mode: "number" }).notNull().default(0),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("demand_data_version_one_row", sql`${t.id} = 1`)],
);

export const forecastRuns = pgTable(
  "forecast_runs",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    /** The last month of history, as its first day. */
    asOf: date({ mode: "string" }).notNull(),
    horizon: integer().notNull(),
    dataVersion: bigint({ mode: "number" }).notNull(),
    /** FORECAST_MODEL_VERSION when the run was made: new models, new run. */
    modelVersion: text().notNull(),
    status: text().$type<ForecastRunStatus>().notNull().default("running"),
    regionsTotal: integer().notNull(),
    /** Series fitted by this run, and series whose stored result still held (inputs unchanged). */
    seriesFitted: integer().notNull().default(0),
    seriesReused: integer().notNull().default(0),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("forecast_runs_inputs_key").on(t.asOf, t.horizon, t.dataVersion, t.modelVersion),
    check("forecast_runs_status", sql`${t.status} in (${inList(FORECAST_RUN_STATUSES)})`),
    check("forecast_runs_horizon", sql`${t.horizon} between 1 and 24`),
  ],
);

export const forecastRunRegions = pgTable(
  "forecast_run_regions",
  {
    runId: uuid()
      .notNull()
      .references(() => forecastRuns.id, { onDelete: "cascade" }),
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    status: text().$type<RunRegionStatus>().notNull().default("pending"),
    /** Set at each claim; only the holder of the current token marks the district done. */
    claimToken: uuid(),
    /** While `claimed`: after this another process may take the district over. */
    leaseUntil: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.regionCode] }),
    check("forecast_run_regions_status", sql`${t.status} in (${inList(RUN_REGION_STATUSES)})`),
  ],
);

export const demandForecasts = pgTable(
  "demand_forecasts",
  {
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    category: text().$type<WorkCategory>().notNull(),
    /** The last month of history, as its first day; the forecast starts after it (or earlier, see historyEnd). */
    asOf: date({ mode: "string" }).notNull(),
    horizon: integer().notNull(),
    dataVersion: bigint({ mode: "number" }).notNull(),
    modelVersion: text().notNull(),
    /** SHA-256 of what the result depends on: the series, its source, the model version, and for a cold start the training set and the district's figures. */
    inputDigest: text().notNull(),
    method: text().$type<StoredForecastMethod>().notNull(),
    source: text().$type<DemandSource>(),
    synthetic: boolean().notNull(),
    observedMonths: integer().notNull(),
    /** The last month with a record (null: none); before asOf when the series stopped early. */
    historyEnd: date({ mode: "string" }),
    notes: jsonb().$type<string[]>().notNull(),
    history: jsonb().$type<{ period: string; hours: number | null }[]>().notNull(),
    forecast: jsonb().$type<StoredForecastPoint[]>().notNull(),
    /** The run that fitted it (null: fitted on request). */
    runId: uuid(),
    /** When it was fitted; a row re-labelled for a new data version keeps it. */
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.asOf, t.horizon, t.regionCode, t.category] }),
    check("demand_forecasts_category", sql`${t.category} in (${inList(WORK_CATEGORIES)})`),
    check("demand_forecasts_method", sql`${t.method} in (${inList(FORECAST_METHODS)})`),
    check("demand_forecasts_horizon", sql`${t.horizon} between 1 and 24`),
  ],
);

export type DemandForecastRow = typeof demandForecasts.$inferSelect;
