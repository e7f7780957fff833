import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { ThrottleKind } from "./domain/login-throttle.ts";

/**
 * Failed sign-ins per account and per client IP (src/auth/domain/login-throttle.ts), in the
 * database so that a lock survives a restart. The key is a SHA-256 of the e-mail address or IP
 * address, so the table holds no address in the clear.
 */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    key: text().primaryKey(),
    kind: text().$type<ThrottleKind>().notNull(),
    failures: integer().notNull(),
    windowStartedAt: timestamp({ withTimezone: true }).notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [index("login_throttle_window_idx").on(t.windowStartedAt)],
);
