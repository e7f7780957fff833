import { sql } from "drizzle-orm";
import { bigserial, boolean, check, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  type ConsentMethod,
  type ConsentPurpose,
} from "./domain/consent-purposes.ts";

const listOf = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/**
 * Consent history, append-only: every grant and every withdrawal is a new row naming the
 * purpose, the privacy notice it was given under, when and how. The current state is the latest
 * row per purpose (src/consents/domain/current-consents.ts). A trigger (migration
 * consents_append_only) refuses UPDATE; rows are deleted only when their retention ends
 * (docs/privacy-retention.md).
 *
 * No foreign keys on purpose: the history outlives the account. When an account is deleted the
 * ids stay as pseudonymous keys that no longer lead to a name (PIPA art. 21(1) proviso: what is
 * kept to prove lawful processing is kept apart and only for that).
 */
export const consents = pgTable(
  "consents",
  {
    // The order of the history: drawn from a sequence, so ties in recordedAt cannot reorder it.
    id: bigserial({ mode: "number" }).primaryKey(),
    /** The account that decided (null when an officer registered a resident who has no account). */
    userId: uuid(),
    /** The resident record it concerns, when there is one. */
    residentId: uuid(),
    purpose: text().$type<ConsentPurpose>().notNull(),
    granted: boolean().notNull(),
    noticeVersion: text().notNull(),
    noticeEffectiveDate: date({ mode: "string" }).notNull(),
    method: text().$type<ConsentMethod>().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index("consents_user_purpose_idx").on(t.userId, t.purpose, t.id),
    index("consents_resident_purpose_idx").on(t.residentId, t.purpose, t.id),
    check("consents_purpose_check", sql.raw(`purpose in (${listOf(CONSENT_PURPOSES)})`)),
    check("consents_method_check", sql.raw(`method in (${listOf(CONSENT_METHODS)})`)),
    check("consents_subject_check", sql`${t.userId} is not null or ${t.residentId} is not null`),
  ],
);
