import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../audit/audit.repository.ts";
import type { Db } from "../db/client.ts";
import {
  decryptField,
  ENVELOPE_SQL_PATTERN,
  encryptField,
  envelopeKeyId,
  type Keyring,
} from "./domain/field-envelope.ts";
import { ENCRYPTED_TABLES, type EncryptedTable } from "./encrypted-columns.ts";

/**
 * Brings every encrypted value under the current key, in batches, each batch in its own
 * transaction with its rows locked: interrupted, it resumes where it stopped when run again, and
 * values already under the current key are never touched (idempotent). Plaintext left by an
 * older release counts as "not under the current key" and is encrypted on the way.
 */
export interface ReencryptCounts {
  table: string;
  /** Rows that had at least one value rewritten. */
  rows: number;
  /** Values re-encrypted from an older key. */
  reencrypted: number;
  /** Values that were still plaintext and are now encrypted. */
  encrypted: number;
  batches: number;
}

export interface ReencryptOptions {
  /** Only values that are not envelopes (the start-up upgrade); default: anything not under the current key. */
  onlyPlaintext?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
}

export async function reencryptAll(
  db: Db,
  keyring: Keyring,
  options: ReencryptOptions = {},
): Promise<ReencryptCounts[]> {
  const results: ReencryptCounts[] = [];
  for (const table of ENCRYPTED_TABLES) results.push(await reencryptTable(db, table, keyring, options));
  return results;
}

async function reencryptTable(
  db: Db,
  spec: EncryptedTable,
  keyring: Keyring,
  options: ReencryptOptions,
): Promise<ReencryptCounts> {
  const batchSize = options.batchSize ?? 500;
  const counts: ReencryptCounts = { table: spec.table, rows: 0, reencrypted: 0, encrypted: 0, batches: 0 };
  const table = sql.identifier(spec.table);
  const id = sql.identifier(spec.idColumn);
  const current = keyring.current;
  const prefix = `v1:${current.id}:`;
  const stale = (column: string): SQL => {
    const c = sql.identifier(column);
    return options.onlyPlaintext
      ? sql`(${c} is not null and ${c} !~ ${ENVELOPE_SQL_PATTERN})`
      : sql`(${c} is not null and not starts_with(${c}, ${prefix}))`;
  };
  const needsWork = sql.join(spec.columns.map(stale), sql` or `);
  const selected = sql.join([id, ...spec.columns.map((c) => sql.identifier(c))], sql`, `);
  let after: string | null = null;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const rows = rowsOf<Record<string, string | null>>(
        await tx.execute(
          sql`select ${selected} from ${table}
              where (${needsWork}) ${after === null ? sql`` : sql`and ${id} > ${after}`}
              order by ${id} limit ${batchSize} for update`,
        ),
      );
      for (const row of rows) {
        const rowId = String(row[spec.idColumn]);
        const changes: SQL[] = [];
        for (const column of spec.columns) {
          const value = row[column];
          if (value === null || value === undefined) continue;
          const keyId = envelopeKeyId(value);
          if (keyId === current.id) continue;
          if (keyId !== null && options.onlyPlaintext) continue;
          const at = { table: spec.table, column, rowId };
          const plaintext = keyId === null ? value : decryptField(value, keyring, at);
          changes.push(sql`${sql.identifier(column)} = ${encryptField(plaintext, current, at)}`);
          if (keyId === null) counts.encrypted += 1;
          else counts.reencrypted += 1;
        }
        if (changes.length === 0) continue;
        await tx.execute(sql`update ${table} set ${sql.join(changes, sql`, `)} where ${id} = ${rowId}`);
        counts.rows += 1;
      }
      return rows;
    });
    if (batch.length === 0) break;
    counts.batches += 1;
    after = String(batch.at(-1)![spec.idColumn]);
    options.log?.(
      `${spec.table}: batch ${counts.batches}, ${counts.rows} rows rewritten (${counts.reencrypted} re-encrypted, ${counts.encrypted} encrypted)`,
    );
    if (batch.length < batchSize) break;
  }
  return counts;
}

export interface KeyUsage {
  table: string;
  column: string;
  /** The key id, or null for values still in plaintext. */
  keyId: string | null;
  values: number;
}

/** How many stored values each key sealed, column by column. */
export async function keyUsage(db: Db): Promise<KeyUsage[]> {
  const usage: KeyUsage[] = [];
  for (const spec of ENCRYPTED_TABLES) {
    for (const column of spec.columns) {
      const c = sql.identifier(column);
      const rows = rowsOf<{ key_id: string | null; n: number }>(
        await db.execute(
          sql`select case when ${c} ~ ${ENVELOPE_SQL_PATTERN} then split_part(${c}, ':', 2) end as key_id,
                     count(*)::int as n
              from ${sql.identifier(spec.table)} where ${c} is not null group by 1 order by 1`,
        ),
      );
      for (const r of rows) usage.push({ table: spec.table, column, keyId: r.key_id, values: Number(r.n) });
    }
  }
  return usage;
}
