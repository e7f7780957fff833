import { eq, inArray, like } from "drizzle-orm";
import { appMeta } from "../db/app-meta.table.ts";
import type { Db } from "../db/client.ts";
import { chunks } from "../db/upsert.ts";
import { organizations } from "../organizations/organization.table.ts";
import { regionStatistics, regions } from "../regions/region.table.ts";
import { residentPersonalData, residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { type DemoRegion, toDemoRegion } from "./domain/demo-region.ts";

/** The queries of the demo seed: the districts' real figures in, the synthetic rows out. */

export const DEMO_META_PREFIX = "seed.demo.";

export async function loadDemoRegions(db: Db, codes: readonly string[]): Promise<DemoRegion[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ region: regions, statistics: regionStatistics })
    .from(regions)
    .innerJoin(regionStatistics, eq(regionStatistics.regionCode, regions.code))
    .where(inArray(regions.code, [...codes]));
  return rows.map(({ region, statistics }) => toDemoRegion(region, statistics));
}

/** Districts whose demo population is already in the database (one app_meta row each). */
export async function findSeededDemoRegions(db: Db): Promise<Set<string>> {
  const rows = await db
    .select({ key: appMeta.key })
    .from(appMeta)
    .where(like(appMeta.key, `${DEMO_META_PREFIX}%`));
  return new Set(rows.map((r) => r.key.slice(DEMO_META_PREFIX.length)));
}

export interface DemoRows {
  organizations: (typeof organizations.$inferInsert)[];
  workItems: (typeof workItems.$inferInsert)[];
  residents: (typeof residents.$inferInsert)[];
  /** Already sealed (encryption envelopes bound to each resident id), see toDemoRows. */
  personal: (typeof residentPersonalData.$inferInsert)[];
}

/**
 * Inserts one district's rows in bulk (chunks keep each statement well under PostgreSQL's
 * 65,535-parameter limit). Ids are deterministic, so a row already there is left alone.
 */
export async function insertDemoRows(db: Db, rows: DemoRows): Promise<void> {
  for (const batch of chunks(rows.organizations, 500)) {
    await db.insert(organizations).values(batch).onConflictDoNothing();
  }
  for (const batch of chunks(rows.workItems, 500)) {
    await db.insert(workItems).values(batch).onConflictDoNothing();
  }
  for (const batch of chunks(rows.residents, 1000)) {
    await db.insert(residents).values(batch).onConflictDoNothing();
  }
  for (const batch of chunks(rows.personal, 2000)) {
    await db.insert(residentPersonalData).values(batch).onConflictDoNothing();
  }
}
