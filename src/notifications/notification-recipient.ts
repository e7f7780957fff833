import { eq } from "drizzle-orm";
import { users } from "../auth/user.table.ts";
import type { Db } from "../db/client.ts";
import { findPersonalData } from "../residents/resident.repository.ts";

export interface RecipientRef {
  residentId: string | null;
  userId: string | null;
}

/**
 * Where a message goes, looked up at send time and never stored in the outbox: the resident's
 * phone number (decrypted from their sealed personal data) and the account's e-mail address.
 * A resident with an account reaches by both; an account linked to a resident has the phone.
 */
export async function findRecipientPhone(db: Db, to: RecipientRef): Promise<string | null> {
  const residentId = to.residentId ?? (to.userId ? await residentOfUser(db, to.userId) : null);
  if (!residentId) return null;
  const personal = await findPersonalData(db, residentId);
  const phone = personal?.phone?.trim();
  return phone ? phone : null;
}

export async function findRecipientEmail(db: Db, to: RecipientRef): Promise<string | null> {
  const [row] = to.userId
    ? await db.select({ email: users.email }).from(users).where(eq(users.id, to.userId))
    : to.residentId
      ? await db
          .select({ email: users.email })
          .from(users)
          .where(eq(users.residentId, to.residentId))
          .orderBy(users.createdAt)
          .limit(1)
      : [];
  return row?.email ?? null;
}

async function residentOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ residentId: users.residentId }).from(users).where(eq(users.id, userId));
  return row?.residentId ?? null;
}
