import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { regions } from "../regions/region.table.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import { DEMAND_SOURCES, type DemandSource } from "./domain/demand-vocabulary.ts";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * Demand for public-service work per 시군구 × work category × month: what the forecasts learn
 * from. One row per source, so that a district's imported records, the platform's own figures
 * and the synthetic demo history stand side by side and are never mixed up. No personal data.
 */
export const demandObservations = pgTable(
  "demand_observations",
  {
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    category: text().$type<WorkCategory>().notNull(),
    /** The month, as its first day. */
    period: date({ mode: "string" }).notNull(),
    /** Hours of work requested in the month (the forecast target). */
    hoursRequested: doublePrecision().notNull(),
    itemsPosted: integer().notNull(),
    itemsFilled: integer().notNull(),
    /** Requests for work that no work item answered. */
    unmetRequests: integer().notNull(),
    source: text().$type<DemandSource>().notNull(),
    synthetic: boolean().notNull().default(false),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.category, t.period, t.source] }),
    check("demand_observations_category", sql`${t.category} in (${inList(WORK_CATEGORIES)})`),
    check("demand_observations_source", sql`${t.source} in (${inList(DEMAND_SOURCES)})`),
    check("demand_observations_first_of_month", sql`extract(day from ${t.period}) = 1`),
    check(
      "demand_observations_counts",
      sql`${t.hoursRequested} >= 0 and ${t.itemsPosted} >= 0 and ${t.unmetRequests} >= 0 and ${t.itemsFilled} between 0 and ${t.itemsPosted}`,
    ),
    check("demand_observations_synthetic", sql`${t.source} <> 'synthetic' or ${t.synthetic}`),
  ],
);
