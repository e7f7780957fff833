import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./user.table.ts";

/**
 * better-auth's `session` model. `expiresAt` is better-auth's own (12 h, never refreshed);
 * Maeul's two deadlines (src/auth/domain/session-policy.ts) are `idleExpiresAt` and
 * `absoluteExpiresAt`, set when the session is created and checked on every request.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ipAddress: text(),
    userAgent: text(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    idleExpiresAt: timestamp({ withTimezone: true }),
    absoluteExpiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
