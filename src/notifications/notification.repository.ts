import { and, asc, count, desc, eq, inArray, lt, lte, min, type SQL, sql } from "drizzle-orm";
import type { Scope } from "../access/domain/resolve-access.ts";
import { scopeCondition } from "../access/scope-condition.ts";
import { users } from "../auth/user.table.ts";
import type { Db } from "../db/client.ts";
import { inRegion, pageOffset } from "../db/list-conditions.ts";
import { residentPersonalData, residents } from "../residents/resident.table.ts";
import {
  type NotificationChannel,
  type NotificationStatus,
  OPEN_STATUSES,
} from "./domain/notification-vocabulary.ts";
import type { TNotificationQuery } from "./notification.schema.ts";
import { type NotificationRow, notificationOutbox as outbox } from "./notification-outbox.table.ts";

export type NotificationInsert = Omit<typeof outbox.$inferInsert, "regionCode"> & {
  regionCode?: string | null;
};

/**
 * Adds a message unless one with the same dedupe key exists (ON CONFLICT DO NOTHING), in the
 * caller's transaction. Without a region code, the row takes the resident's or the user's.
 */
export async function insertNotification(
  db: Db,
  row: NotificationInsert,
): Promise<{ id: string; created: true } | { id: null; created: false }> {
  const regionCode: SQL | string | null =
    row.regionCode ??
    sql`coalesce(
      (select ${residents.regionCode} from ${residents} where ${residents.id} = ${row.residentId ?? null}::uuid),
      (select ${users.regionCode} from ${users} where ${users.id} = ${row.userId ?? null}::uuid)
    )`;
  const [inserted] = await db
    .insert(outbox)
    .values({ ...row, regionCode })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return inserted ? { id: inserted.id, created: true } : { id: null, created: false };
}

/** Stops messages that were not sent yet (a scheduled reminder whose occasion went away). */
export async function cancelNotifications(db: Db, dedupeKeys: string[], now: Date): Promise<number> {
  if (dedupeKeys.length === 0) return 0;
  const rows = await db
    .update(outbox)
    .set({ status: "cancelled", claimToken: null, updatedAt: now })
    .where(and(inArray(outbox.dedupeKey, dedupeKeys), inArray(outbox.status, ["pending", "failed"])))
    .returning({ id: outbox.id });
  return rows.length;
}

export interface ClaimRequest {
  now: Date;
  /** How long the claimer may take before another sender may take the rows over. */
  leaseMs: number;
  limit: number;
  /** Only these channels (the ones this sender can deliver). */
  channels: NotificationChannel[];
  /** Rows that used up their attempts are not claimed (see markAbandonedLastAttempts). */
  maxAttempts: number;
  /** Fences the claim: only this token may record the outcome. */
  claimToken: string;
}

/**
 * Takes up to `limit` due rows for one sender: pending and failed rows whose time has come, and
 * `sending` rows whose claimer's lease ran out (it crashed or hung). `FOR UPDATE SKIP LOCKED`
 * lets concurrent senders claim disjoint rows without waiting on each other; the claim commits
 * at once (no transaction stays open while a message is on the wire).
 */
export async function claimDueNotifications(db: Db, request: ClaimRequest): Promise<NotificationRow[]> {
  if (request.channels.length === 0 || request.limit <= 0) return [];
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          inArray(outbox.status, [...OPEN_STATUSES]),
          lte(outbox.nextAttemptAt, request.now),
          lt(outbox.attempts, request.maxAttempts),
          inArray(outbox.channel, request.channels),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(request.limit)
      .for("update", { skipLocked: true });
    const claimed = await tx
      .update(outbox)
      .set({
        status: "sending",
        attempts: sql`${outbox.attempts} + 1`,
        nextAttemptAt: new Date(request.now.getTime() + request.leaseMs),
        claimToken: request.claimToken,
        updatedAt: request.now,
      })
      .where(inArray(outbox.id, due))
      .returning();
    return claimed;
  });
}

/**
 * Rows that used up their attempts without an outcome: a `sending` row whose last allowed
 * attempt was claimed and never finished (the sender died), where nobody can tell whether the
 * provider took the message, so it is not sent again blindly; and a `failed` row left over when
 * the maximum was lowered. Both go `dead`, for an officer to check.
 */
export async function markAbandonedLastAttempts(db: Db, now: Date, maxAttempts: number): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({
      status: "dead",
      claimToken: null,
      lastError: sql`case when ${outbox.status} = 'sending'
        then 'the sender stopped during the last attempt; whether the provider accepted it is unknown'
        else ${outbox.lastError} end`,
      updatedAt: now,
    })
    .where(
      and(
        inArray(outbox.status, ["sending", "failed"]),
        lte(outbox.nextAttemptAt, now),
        sql`${outbox.attempts} >= ${maxAttempts}`,
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}

/** Records the provider's receipt; false when the claim was lost (another sender took over). */
export async function recordSent(
  db: Db,
  outcome: { id: string; claimToken: string; providerMessageId: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({
      status: "sent",
      providerMessageId: outcome.providerMessageId,
      sentAt: outcome.now,
      lastError: null,
      claimToken: null,
      updatedAt: outcome.now,
    })
    .where(and(eq(outbox.id, outcome.id), eq(outbox.claimToken, outcome.claimToken)))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/**
 * Records an attempt that sent nothing: `failed` with the next try, `dead`, or `cancelled` (withheld
 * for want of consent). False when the claim was lost.
 */
export async function recordFailure(
  db: Db,
  outcome: {
    id: string;
    claimToken: string;
    status: "failed" | "dead" | "cancelled";
    nextAttemptAt: Date;
    error: string;
    now: Date;
  },
): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({
      status: outcome.status,
      nextAttemptAt: outcome.nextAttemptAt,
      lastError: outcome.error,
      claimToken: null,
      updatedAt: outcome.now,
    })
    .where(and(eq(outbox.id, outcome.id), eq(outbox.claimToken, outcome.claimToken)))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

export interface OutboxCount {
  status: NotificationStatus;
  channel: NotificationChannel;
  count: number;
  /** The earliest due time among these rows (for pending and failed: the next try). */
  nextDueAt: Date | null;
}

/** How many rows per status and channel: `maeul notifications status`. */
export async function countNotifications(db: Db): Promise<OutboxCount[]> {
  const rows = await db
    .select({
      status: outbox.status,
      channel: outbox.channel,
      count: count(),
      nextDueAt: min(outbox.nextAttemptAt),
    })
    .from(outbox)
    .groupBy(outbox.status, outbox.channel)
    .orderBy(outbox.status, outbox.channel);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export async function findNotificationByDedupeKey(
  db: Db,
  dedupeKey: string,
): Promise<NotificationRow | null> {
  const [row] = await db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
  return row ?? null;
}

/** A page of the outbox, newest first, inside the caller's scope (officers: their region). */
export async function listNotifications(db: Db, query: TNotificationQuery, scope: Scope) {
  const where = and(
    scopeCondition(scope, { regionCode: outbox.regionCode, residentId: outbox.residentId }),
    query.region ? inRegion(outbox.regionCode, query.region) : undefined,
    query.status ? eq(outbox.status, query.status) : undefined,
    query.channel ? eq(outbox.channel, query.channel) : undefined,
    query.template ? eq(outbox.templateCode, query.template) : undefined,
    query.residentId ? eq(outbox.residentId, query.residentId) : undefined,
  );
  const rows = await db
    .select({ notification: outbox, nameEnc: residentPersonalData.nameEnc })
    .from(outbox)
    .leftJoin(residentPersonalData, eq(residentPersonalData.residentId, outbox.residentId))
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const [total] = await db.select({ n: count() }).from(outbox).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}
