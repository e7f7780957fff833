import { and, eq, lte, ne, or } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { sessions } from "./session.table.ts";
import type { UserRow } from "./user.repository.ts";
import { users } from "./user.table.ts";

export type SessionRow = typeof sessions.$inferSelect;

export interface SessionWithUser {
  session: SessionRow;
  user: UserRow;
}

/** The session with this token and its user, or null. */
export async function findSessionByToken(db: Db, token: string): Promise<SessionWithUser | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.token, token))
    .limit(1);
  return row ?? null;
}

export async function updateSessionTimes(
  db: Db,
  sessionId: string,
  times: { idleExpiresAt: Date; absoluteExpiresAt: Date },
): Promise<void> {
  await db
    .update(sessions)
    .set({ ...times, updatedAt: new Date() })
    .where(eq(sessions.id, sessionId));
}

/** Whether this call removed it (two requests racing to end one session: only one did). */
export async function deleteSession(db: Db, sessionId: string): Promise<boolean> {
  const removed = await db.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
  return removed.length > 0;
}

/** Ends every session of a user but one (after a password change). */
export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

/**
 * Sweeps a user's sessions whose idle or absolute deadline has passed (at each sign-in), and says
 * which they were (sessions left to expire unseen: a browser closed without signing out).
 */
export async function deleteExpiredSessions(
  db: Db,
  userId: string,
  now: Date,
): Promise<Pick<SessionRow, "id" | "idleExpiresAt" | "absoluteExpiresAt" | "expiresAt">[]> {
  return db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        or(
          lte(sessions.idleExpiresAt, now),
          lte(sessions.absoluteExpiresAt, now),
          lte(sessions.expiresAt, now),
        ),
      ),
    )
    .returning({
      id: sessions.id,
      idleExpiresAt: sessions.idleExpiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      expiresAt: sessions.expiresAt,
    });
}
