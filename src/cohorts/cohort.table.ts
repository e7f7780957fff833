import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { programs } from "../programs/program.table.ts";
import { regions } from "../regions/region.table.ts";
import { residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";
import type { ApplicationStatus, CohortStatus, Screening } from "./domain/cohort-vocabulary.ts";

/** A program run in one 시군구 for a period (2026 상반기): recruitment, slots, budget. */
export const cohorts = pgTable(
  "cohorts",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    programCode: varchar({ length: 40 })
      .notNull()
      .references(() => programs.code),
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    nameKo: text().notNull(),
    nameEn: text().notNull(),
    recruitStart: date({ mode: "string" }).notNull(),
    recruitEnd: date({ mode: "string" }).notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    periodEnd: date({ mode: "string" }).notNull(),
    slots: integer().notNull(),
    budgetWon: bigint({ mode: "number" }).notNull(),
    status: text().$type<CohortStatus>().notNull().default("draft"),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cohorts_region_status_idx").on(t.regionCode, t.status)],
);

/** The work items a cohort fills, with how many of its participants each takes. */
export const cohortWorkItems = pgTable(
  "cohort_work_items",
  {
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    workItemId: uuid()
      .notNull()
      .references(() => workItems.id),
    slots: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.workItemId] })],
);

/**
 * A resident's application to a cohort, online or entered by an officer at the 동주민센터. The
 * facts declared for screening (income, household, benefits …) are personal data: sealed in
 * `facts_enc` like the other personal fields. `screening` keeps the engine's verdict.
 */
export const cohortApplications = pgTable(
  "cohort_applications",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    channel: text().$type<"online" | "walk_in">().notNull(),
    enteredBy: uuid(),
    factsEnc: text().notNull(),
    status: text().$type<ApplicationStatus>().notNull().default("applied"),
    screening: jsonb().$type<Screening>(),
    score: real(),
    waitlistPosition: integer(),
    workItemId: uuid().references(() => workItems.id),
    decisionReasonKo: text(),
    decisionReasonEn: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("cohort_applications_cohort_resident_uq").on(t.cohortId, t.residentId),
    index("cohort_applications_resident_idx").on(t.residentId),
    index("cohort_applications_cohort_status_idx").on(t.cohortId, t.status),
  ],
);
