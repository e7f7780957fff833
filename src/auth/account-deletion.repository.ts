import { and, count, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { accounts } from "./account.table.ts";
import { sessions } from "./session.table.ts";
import { twoFactors } from "./two-factor.table.ts";
import { users } from "./user.table.ts";

/** The scrypt hash of a user's e-mail-and-password sign-in, to check a re-entered password. */
export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, "credential")));
  return row?.password ?? null;
}

/** The user row, locked until the transaction ends (two deletions of one account do not interleave). */
export async function lockUser(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).for("update");
  return row ?? null;
}

/**
 * Deletes a user and, by their foreign keys' ON DELETE CASCADE, its sign-ins (accounts with the
 * password hash), sessions and TOTP secret. Returns what went, as counts for the audit entry.
 */
export async function deleteUserAndSignIns(
  db: Db,
  userId: string,
): Promise<{ sessions: number; signIns: number; secondFactors: number }> {
  const [sessionCount] = await db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
  const [signInCount] = await db.select({ n: count() }).from(accounts).where(eq(accounts.userId, userId));
  const [factorCount] = await db.select({ n: count() }).from(twoFactors).where(eq(twoFactors.userId, userId));
  await db.delete(users).where(eq(users.id, userId));
  return {
    sessions: sessionCount?.n ?? 0,
    signIns: signInCount?.n ?? 0,
    secondFactors: factorCount?.n ?? 0,
  };
}
