import { and, asc, gt, isNotNull, isNull, not, or, sql } from "drizzle-orm";
import { appendAudit } from "../audit/audit.repository.ts";
import { SYSTEM_ACTOR } from "../audit/domain/audit-vocabulary.ts";
import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import type { Keyring } from "../privacy/domain/field-envelope.ts";
import { openPersonal, personalLookups } from "./resident.rows.ts";
import { residentPersonalData } from "./resident.table.ts";

/**
 * Brings the walk-in lookup's blind indexes (decision 0010) under the current data key: fills
 * them for rows written before they existed (the upgrade to migration 0013) and recomputes them
 * after a key rotation. Batched, each batch one transaction with its rows locked, keyed on the
 * resident id, so an interrupted run resumes and a finished one finds nothing to do
 * (idempotent). `serve` runs it at start-up, skipped while app_meta says it was done under the
 * current key; `keys rotate` runs it after re-encrypting.
 */
export const LOOKUP_STEP_META_KEY = "privacy.resident_lookups";

export interface LookupRefresh {
  /** False when app_meta says it already ran under the current key. */
  ran: boolean;
  /** Rows whose indexes were written. */
  refreshed: number;
  batches: number;
}

interface StaleRow {
  residentId: string;
  nameEnc: string;
  phoneEnc: string | null;
}

export async function refreshResidentLookups(
  db: Db,
  keyring: Keyring,
  options: { force?: boolean; batchSize?: number; log?: (line: string) => void; now?: Date } = {},
): Promise<LookupRefresh> {
  const current = keyring.current.id;
  const done = await readMeta<{ keyId?: string }>(db, LOOKUP_STEP_META_KEY);
  if (!options.force && done?.keyId === current) return { ran: false, refreshed: 0, batches: 0 };
  const batchSize = options.batchSize ?? 500;
  const prefix = `${current}:`;
  const t = residentPersonalData;
  const stale = or(
    isNull(t.nameLookup),
    not(sql`starts_with(${t.nameLookup}, ${prefix})`),
    // A phone too short to index keeps a null index; it is rewritten each run, harmlessly.
    and(isNotNull(t.phoneEnc), or(isNull(t.phoneLookup), not(sql`starts_with(${t.phoneLookup}, ${prefix})`))),
  );
  let refreshed = 0;
  let batches = 0;
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const rows = await db.transaction(async (tx): Promise<StaleRow[]> => {
      const batch = await tx
        .select({ residentId: t.residentId, nameEnc: t.nameEnc, phoneEnc: t.phoneEnc })
        .from(t)
        .where(and(stale, cursor === null ? undefined : gt(t.residentId, cursor)))
        .orderBy(asc(t.residentId))
        .limit(batchSize)
        .for("update");
      for (const row of batch) {
        // Only name and phone are opened; address and notes are not read.
        const personal = openPersonal(row.residentId, { ...row, addressEnc: null, notesEnc: null }, keyring);
        await tx
          .update(t)
          .set(personalLookups(personal, keyring.current))
          .where(sql`${t.residentId} = ${row.residentId}`);
      }
      return batch;
    });
    if (rows.length === 0) break;
    batches += 1;
    refreshed += rows.length;
    after = rows.at(-1)!.residentId;
    options.log?.(`resident lookups: batch ${batches}, ${refreshed} rows indexed`);
    if (rows.length < batchSize) break;
  }
  const at = options.now ?? new Date();
  await db.transaction(async (tx) => {
    await writeMeta(tx, LOOKUP_STEP_META_KEY, { keyId: current, at: at.toISOString(), refreshed });
    // Last in the transaction: the audit lock is held only until the commit that follows.
    if (refreshed > 0) {
      await appendAudit(tx, {
        at,
        actorUserId: SYSTEM_ACTOR.userId,
        actorRole: SYSTEM_ACTOR.role,
        action: "data_migration",
        subjectType: "resident_lookups",
        details: { step: LOOKUP_STEP_META_KEY, keyId: current, refreshed, batches },
      });
    }
  });
  return { ran: true, refreshed, batches };
}

/** How many stored fingerprints each key made (so that `keys prune` keeps a key they still use). */
export async function lookupKeyUsage(db: Db): Promise<{ keyId: string; values: number }[]> {
  const t = residentPersonalData;
  const usage = new Map<string, number>();
  for (const column of [t.nameLookup, t.phoneLookup]) {
    const rows = await db
      .select({ keyId: sql<string>`split_part(${column}, ':', 1)`, n: sql<number>`count(*)::int` })
      .from(t)
      .where(isNotNull(column))
      .groupBy(sql`1`);
    for (const r of rows) usage.set(r.keyId, (usage.get(r.keyId) ?? 0) + Number(r.n));
  }
  return [...usage].map(([keyId, values]) => ({ keyId, values }));
}
