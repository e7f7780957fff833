import { and, asc, desc, eq, or, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { consents } from "./consent.table.ts";
import type { ConsentPurpose } from "./domain/consent-purposes.ts";

export type ConsentRow = typeof consents.$inferSelect;
export type NewConsentRow = typeof consents.$inferInsert;

/** Whose consents: an account, its resident record, or both (either matches). */
export interface ConsentSubject {
  userId: string | null;
  residentId: string | null;
}

function subjectCondition(subject: ConsentSubject): SQL | undefined {
  const conditions = [
    subject.userId ? eq(consents.userId, subject.userId) : undefined,
    subject.residentId ? eq(consents.residentId, subject.residentId) : undefined,
  ].filter((c) => c !== undefined);
  return conditions.length === 0 ? undefined : or(...conditions);
}

export async function insertConsent(db: Db, row: NewConsentRow): Promise<ConsentRow> {
  const [inserted] = await db.insert(consents).values(row).returning();
  if (!inserted) throw new Error("insert into consents returned nothing");
  return inserted;
}

/** The whole history of a subject, oldest first (nothing when the subject names nobody). */
export async function consentHistory(db: Db, subject: ConsentSubject): Promise<ConsentRow[]> {
  const where = subjectCondition(subject);
  if (!where) return [];
  return db.select().from(consents).where(where).orderBy(asc(consents.id));
}

/**
 * Whether the latest decision of this account on a purpose is a grant: what a sender checks
 * before sending an optional message (notifications), or an extract before including someone.
 */
export async function hasGrantedConsent(
  db: Db,
  subject: ConsentSubject,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const who = subjectCondition(subject);
  if (!who) return false;
  const [latest] = await db
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(who, eq(consents.purpose, purpose)))
    .orderBy(desc(consents.id))
    .limit(1);
  return latest?.granted ?? false;
}
