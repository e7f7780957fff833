import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import {
  afterFailure,
  FAILURE_LIMIT,
  THROTTLE_WINDOW_MS,
  type ThrottleKind,
  type ThrottleState,
} from "./domain/login-throttle.ts";
import { loginThrottle } from "./login-throttle.table.ts";

export interface ThrottleSubject {
  kind: ThrottleKind;
  /** The e-mail address as typed (trimmed, lower-cased) or the IP address. */
  value: string;
}

/** Addresses are stored hashed: the table says how often, never who. */
export function throttleKey(subject: ThrottleSubject): string {
  return `${subject.kind}:${createHash("sha256").update(subject.value).digest("base64url")}`;
}

/** The current states of these subjects (missing ones have no failures). */
export async function readThrottle(
  db: Db,
  subjects: readonly ThrottleSubject[],
): Promise<Map<ThrottleKind, ThrottleState>> {
  const keys = subjects.map(throttleKey);
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
  return new Map(rows.map((r) => [r.kind, r]));
}

/**
 * Counts one failure for each subject, atomically per key (a row lock), and returns the new
 * states. Rows whose window ended a day ago are swept in passing.
 */
export async function recordFailures(
  db: Db,
  subjects: readonly ThrottleSubject[],
  now: Date,
): Promise<Map<ThrottleKind, ThrottleState>> {
  const result = new Map<ThrottleKind, ThrottleState>();
  await db.transaction(async (tx) => {
    for (const subject of subjects) {
      const key = throttleKey(subject);
      await tx
        .insert(loginThrottle)
        .values({ key, kind: subject.kind, failures: 0, windowStartedAt: now })
        .onConflictDoNothing();
      const [current] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for("update");
      const next = afterFailure(
        current && current.failures > 0 ? current : null,
        now,
        FAILURE_LIMIT[subject.kind],
      );
      await tx.update(loginThrottle).set(next).where(eq(loginThrottle.key, key));
      result.set(subject.kind, next);
    }
  });
  const stale = new Date(now.getTime() - THROTTLE_WINDOW_MS - 24 * 60 * 60 * 1000);
  await db
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.windowStartedAt, stale),
        or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now)),
      ),
    );
  return result;
}

/** Forgets an account's failures after it signed in. */
export async function clearThrottle(db: Db, subject: ThrottleSubject): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, throttleKey(subject)));
}
