import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { chunks } from "../../db/upsert.ts";
import { organizations } from "../../organizations/organization.table.ts";
import { regions } from "../../regions/region.table.ts";
import type { WorkItemInsert } from "../work-item.rows.ts";
import { workItems } from "../work-item.table.ts";

/** The queries of a work-item import. */

export async function findImportOrganizations(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      regionCode: organizations.regionCode,
      status: organizations.status,
    })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
}

export async function findExistingSigunguCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: regions.code })
    .from(regions)
    .where(inArray(regions.code, [...codes]));
  return new Set(rows.filter((r) => r.code.length === 5).map((r) => r.code));
}

/** Inserts every row in one transaction: all of them, or (on any failure) none. */
export async function insertWorkItemsAtomically(db: Db, rows: readonly WorkItemInsert[]): Promise<number> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const batch of chunks(rows, 500)) {
      const result = await tx.insert(workItems).values(batch).returning({ id: workItems.id });
      inserted += result.length;
    }
    return inserted;
  });
}
