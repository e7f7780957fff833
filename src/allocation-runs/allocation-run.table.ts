import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { cohorts } from "../cohorts/cohort.table.ts";
import { regions } from "../regions/region.table.ts";
import type {
  AllocationRunOptions,
  AllocationRunStats,
  ConfirmationRecord,
} from "./allocation-run.schema.ts";
import {
  ALLOCATION_RUN_STATUSES,
  type AllocationPhase,
  type AllocationRunStatus,
} from "./domain/allocation-run-vocabulary.ts";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * One optimal-allocation run of a cohort: the input it was computed from (a digest, so that the
 * same input returns the same run and a confirmation can tell that the cohort has moved on), its
 * progress while it works, and its proposal. Work is claimed like the notification outbox
 * (a lease and a claim token), so a run interrupted by a restart is taken up again.
 *
 * The proposal names applicants with their declared priority groups (disability, low income) and
 * distances from home: personal data, sealed in `proposal_enc` like the applicants' facts. The
 * aggregate figures (`stats`) name nobody.
 */
export const allocationRuns = pgTable(
  "allocation_runs",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    /** The cohort's 시군구, for the officers' scope. */
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    status: text().$type<AllocationRunStatus>().notNull().default("queued"),
    /** SHA-256 of everything the proposal depends on (see allocation-inputs.ts). */
    inputDigest: text().notNull(),
    options: jsonb().$type<AllocationRunOptions>().notNull(),
    progress: jsonb().$type<{ phase: AllocationPhase; done: number; total: number }>().notNull(),
    objective: doublePrecision(),
    optimal: boolean(),
    /** No allocation of this input can score more (LP duality, or the Lagrangian bound with the age cap). */
    bound: doublePrecision(),
    stats: jsonb().$type<AllocationRunStats>(),
    /** Sealed JSON: assignments with their explanations, and the unassigned with their reasons. */
    proposalEnc: text(),
    error: text(),
    attempts: integer().notNull().default(0),
    /** While running: when another runner may take the run over. */
    leaseUntil: timestamp({ withTimezone: true }),
    claimToken: uuid(),
    requestedBy: uuid(),
    confirmedBy: uuid(),
    confirmedAt: timestamp({ withTimezone: true }),
    confirmation: jsonb().$type<ConfirmationRecord>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live run per input: starting the same input again returns it (a failed one may be retried).
    uniqueIndex("allocation_runs_cohort_digest_uq")
      .on(t.cohortId, t.inputDigest)
      .where(sql`${t.status} <> 'failed'`),
    index("allocation_runs_cohort_created_idx").on(t.cohortId, t.createdAt),
    // The runner's claim: open runs by age.
    index("allocation_runs_open_idx").on(t.createdAt).where(sql`${t.status} in ('queued', 'running')`),
    check("allocation_runs_status", sql`${t.status} in (${inList(ALLOCATION_RUN_STATUSES)})`),
    check("allocation_runs_attempts", sql`${t.attempts} >= 0`),
  ],
);

export type AllocationRunRow = typeof allocationRuns.$inferSelect;
