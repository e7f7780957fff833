import { and, asc, count, desc, eq, gt, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { inRegion, pageOffset } from "../db/list-conditions.ts";
import { validationFailed } from "../shared/errors.ts";
import { auditLog } from "./audit.table.ts";
import { auditRowHash, GENESIS_HASH } from "./domain/audit-hash.ts";
import { ACTIONS_REQUIRING_REASON, type AuditAction } from "./domain/audit-vocabulary.ts";

export type AuditRow = typeof auditLog.$inferSelect;

/** A User-Agent longer than this is cut: anyone can send one, up to the server's header limit. */
const USER_AGENT_MAX = 512;

/** One audit entry as the caller states it; the repository adds id, hashes and (by default) time. */
export interface AuditEntry {
  at?: Date;
  actorUserId: string | null;
  actorRole: string;
  action: AuditAction;
  subjectType?: string | null;
  subjectId?: string | null;
  regionCode?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one entry to the hash chain. Call it inside the transaction of the write it records:
 * the entry commits or rolls back with that write. The table lock (EXCLUSIVE: plain reads go on,
 * other appenders wait until this transaction ends) keeps the chain linear when requests run
 * concurrently: the previous hash and the next id are read only once the lock is held. Outside a
 * transaction it opens its own.
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  const reason = entry.reason?.trim() || null;
  if (ACTIONS_REQUIRING_REASON.includes(entry.action) && !reason) {
    throw validationFailed([
      {
        field: "reason",
        reason: "required",
        messageKo: "개인정보 열람·반출에는 사유가 필요합니다.",
        messageEn: "Unmasking or exporting personal data requires a reason.",
      },
    ]);
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${auditLog} in exclusive mode`);
    // The chain's head and the next id in one round trip (an append is on every audited read).
    const [next] = rowsOf<{ id: string; prev: string | null }>(
      await tx.execute(
        sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id,
          (select ${auditLog.hash} from ${auditLog} order by ${auditLog.id} desc limit 1) as prev`,
      ),
    );
    const fields = {
      id: Number(next!.id),
      // Milliseconds, as JavaScript dates hold them, so that the stored time hashes the same.
      at: new Date((entry.at ?? new Date()).getTime()),
      actorUserId: entry.actorUserId,
      actorRole: entry.actorRole,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      regionCode: entry.regionCode ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      reason,
      // Exactly what jsonb will give back (dates as strings, undefined members gone).
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    };
    const prevHash = next?.prev ?? GENESIS_HASH;
    const row = { ...fields, prevHash, hash: auditRowHash(prevHash, fields) };
    await tx.insert(auditLog).values(row);
    return row;
  });
}

export interface AuditFilters {
  actor?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  action?: AuditAction | undefined;
  /** A 5-digit 시군구, or a 2-digit 시도 for every 시군구 in it. */
  regionCode?: string | undefined;
  /** From this instant (inclusive)… */
  from?: Date | undefined;
  /** …to this one (exclusive). */
  to?: Date | undefined;
  page: number;
  pageSize: number;
}

/** Newest first, with the total for paging. */
export async function searchAudit(
  db: Db,
  filters: AuditFilters,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = and(
    filters.actor !== undefined ? eq(auditLog.actorUserId, filters.actor) : undefined,
    filters.subjectType !== undefined ? eq(auditLog.subjectType, filters.subjectType) : undefined,
    filters.subjectId !== undefined ? eq(auditLog.subjectId, filters.subjectId) : undefined,
    filters.action !== undefined ? eq(auditLog.action, filters.action) : undefined,
    filters.regionCode !== undefined ? inRegion(auditLog.regionCode, filters.regionCode) : undefined,
    filters.from !== undefined ? gte(auditLog.at, filters.from) : undefined,
    filters.to !== undefined ? lt(auditLog.at, filters.to) : undefined,
  );
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(filters.pageSize)
    .offset(pageOffset(filters));
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The chain in order, a batch at a time, for verification. */
export async function readAuditBatch(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

/** Both drivers' execute() results carry `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
