import type { Db } from "../db/client.ts";
import { readAuditBatch } from "./audit.repository.ts";
import { auditRowHash, GENESIS_HASH } from "./domain/audit-hash.ts";

export interface AuditChainReport {
  ok: boolean;
  /** Rows checked (all of them when ok; up to and including the broken one otherwise). */
  checked: number;
  /** The last row's hash: note it somewhere else to detect a truncated tail later. */
  headHash: string;
  headId: number | null;
  firstBroken: {
    id: number;
    /** prev_hash: the row does not point at the row before it (a row removed, inserted or reordered); hash: its content changed. */
    problem: "prev_hash" | "hash";
    expected: string;
    stored: string;
  } | null;
}

/** Recomputes the hash chain from the first row and reports the first row that does not fit. */
export async function verifyAuditChain(
  db: Db,
  options: { batchSize?: number } = {},
): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 1000;
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  let headId: number | null = null;
  for (;;) {
    const rows = await readAuditBatch(db, lastId, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      checked += 1;
      if (row.prevHash !== expectedPrev) {
        return broken(checked, row.id, "prev_hash", expectedPrev, row.prevHash, expectedPrev, headId);
      }
      const hash = auditRowHash(row.prevHash, row);
      if (hash !== row.hash) return broken(checked, row.id, "hash", hash, row.hash, expectedPrev, headId);
      expectedPrev = row.hash;
      headId = row.id;
      lastId = row.id;
    }
  }
  return { ok: true, checked, headHash: expectedPrev, headId, firstBroken: null };
}

function broken(
  checked: number,
  id: number,
  problem: "prev_hash" | "hash",
  expected: string,
  stored: string,
  headHash: string,
  headId: number | null,
): AuditChainReport {
  return { ok: false, checked, headHash, headId, firstBroken: { id, problem, expected, stored } };
}
