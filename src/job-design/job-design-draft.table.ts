import { date, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { organizations } from "../organizations/organization.table.ts";
import { regions } from "../regions/region.table.ts";

/**
 * The drafts made from one job-design suggestion, under the key of the officer's action
 * (domain/draft-key.ts). The key is the primary key, so a repeated or concurrent request finds
 * the set already claimed (INSERT … ON CONFLICT DO NOTHING) instead of making a second one. When
 * none of the set is a draft any more (opened, cancelled), the same action makes a new set and
 * the row points at it.
 */
export const jobDesignDrafts = pgTable("job_design_drafts", {
  key: text().primaryKey(),
  regionCode: varchar({ length: 5 })
    .notNull()
    .references(() => regions.code),
  occupationCode: text().notNull(),
  organizationId: uuid()
    .notNull()
    .references(() => organizations.id),
  /** The forecast's last month of history the suggestion came from. */
  asOf: text().notNull(),
  startDate: date().notNull(),
  /** The work items of the current set, one per stage, in stage order. */
  workItemIds: uuid().array().notNull(),
  createdBy: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  /** When the current set was made (later than createdAt once a set has been replaced). */
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

export type JobDesignDraftRow = typeof jobDesignDrafts.$inferSelect;
