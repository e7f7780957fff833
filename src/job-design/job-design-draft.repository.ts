import { eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { findWorkItem, type WorkItemRow } from "../work-items/work-item.repository.ts";
import { type JobDesignDraftRow, jobDesignDrafts } from "./job-design-draft.table.ts";

/**
 * Claims a draft key for this transaction's set. False when the key is already taken; if another
 * transaction is inserting the same key, PostgreSQL waits for it to finish first, so the caller
 * then reads the other's committed set instead of making a second one.
 */
export async function claimDraftKey(db: Db, row: JobDesignDraftRow): Promise<boolean> {
  const inserted = await db
    .insert(jobDesignDrafts)
    .values(row)
    .onConflictDoNothing({ target: jobDesignDrafts.key })
    .returning({ key: jobDesignDrafts.key });
  return inserted.length > 0;
}

/** The key's row, locked until the transaction ends (a concurrent replacement of its set waits). */
export async function lockDraftKey(db: Db, key: string): Promise<JobDesignDraftRow | null> {
  const [row] = await db.select().from(jobDesignDrafts).where(eq(jobDesignDrafts.key, key)).for("update");
  return row ?? null;
}

export async function setDraftWorkItems(db: Db, key: string, workItemIds: string[], now: Date) {
  await db.update(jobDesignDrafts).set({ workItemIds, updatedAt: now }).where(eq(jobDesignDrafts.key, key));
}

/** The set's work items as they are now, in stage order (a few per set, read one by one). */
export async function findDraftWorkItems(db: Db, workItemIds: readonly string[]): Promise<WorkItemRow[]> {
  const rows: WorkItemRow[] = [];
  for (const id of workItemIds) {
    const row = await findWorkItem(db, id);
    if (row) rows.push(row);
  }
  return rows;
}
