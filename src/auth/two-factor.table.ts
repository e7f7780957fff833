import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./user.table.ts";

/**
 * better-auth's twoFactor plugin model: the TOTP secret and backup codes (both encrypted with the
 * auth secret), and the plugin's own lockout after repeated wrong codes.
 */
export const twoFactors = pgTable(
  "two_factors",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    secret: text().notNull(),
    backupCodes: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    verified: boolean().notNull().default(true),
    failedVerificationCount: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [index("two_factors_secret_idx").on(t.secret), index("two_factors_user_idx").on(t.userId)],
);
