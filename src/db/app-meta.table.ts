import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Facts about this database itself, e.g. which seed steps have run (so seeding is idempotent). */
export const appMeta = pgTable("app_meta", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
