import { sql } from "drizzle-orm";
import { date, index, pgTable, real, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { programs } from "../programs/program.table.ts";
import { regions } from "../regions/region.table.ts";
import { residents } from "../residents/resident.table.ts";

export const PARTICIPATION_SOURCES = ["imported", "recorded", "cohort"] as const;
export type ParticipationSource = (typeof PARTICIPATION_SOURCES)[number];

/**
 * One person's participation in a program, across every program (one person, one history):
 * imported from earlier records, recorded by an officer, or created by a cohort placement. The
 * eligibility engine reads it for overlap and repeat limits, and career continuity is counted
 * from its service fields.
 */
export const participations = pgTable(
  "participations",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    programCode: varchar({ length: 40 })
      .notNull()
      .references(() => programs.code),
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    startDate: date({ mode: "string" }).notNull(),
    /** Null while ongoing. */
    endDate: date({ mode: "string" }),
    /** Service field (work-item category: care, environment …) for career continuity. */
    field: text(),
    /** Scheduled hours a week, when the record says (imported files and officers usually do). */
    hoursPerWeek: real(),
    source: text().$type<ParticipationSource>().notNull(),
    /** The cohort application that placed the person, for source "cohort". */
    applicationId: uuid().unique(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participations_resident_start_idx").on(t.residentId, t.startDate)],
);
