import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";

/**
 * Who did what to whose data, append-only: a trigger (migration audit_append_only) refuses
 * UPDATE, DELETE and TRUNCATE, and every row carries the SHA-256 of the previous row's hash and
 * its own canonical content (src/audit/domain/audit-hash.ts), so an edit made around the trigger
 * breaks the chain at that row. Kept at least two years (docs/decisions/0005); nothing deletes.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    // bigserial: the id is drawn from the sequence under the append lock, so ids follow the chain.
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** The account that acted; null for anonymous callers and the system itself. */
    actorUserId: text(),
    actorRole: text().notNull(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    regionCode: varchar({ length: 5 }),
    ip: text(),
    userAgent: text(),
    /** Why: required for unmask and export. */
    reason: text(),
    /** What changed, by field name; never the personal values themselves. */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    prevHash: varchar({ length: 64 }).notNull(),
    hash: varchar({ length: 64 }).notNull().unique(),
  },
  (t) => [
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId, t.id),
    index("audit_log_actor_idx").on(t.actorUserId, t.id),
    index("audit_log_action_idx").on(t.action, t.id),
    index("audit_log_region_idx").on(t.regionCode, t.id),
    index("audit_log_at_idx").on(t.at),
    check(
      "audit_log_reason_required",
      sql`${t.action} not in ('unmask', 'export') or length(btrim(coalesce(${t.reason}, ''))) > 0`,
    ),
  ],
);
