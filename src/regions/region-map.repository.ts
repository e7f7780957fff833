import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { regions } from "./region.table.ts";

/**
 * The queries behind the map route: the 시군구 boundaries (of one 시도, or all), and a cheap
 * fingerprint of them so that the built TopoJSON is rebuilt only when the boundaries changed.
 */
export async function sigunguBoundaries(db: Db, sido: string | undefined) {
  return db
    .select({
      code: regions.code,
      nameKo: regions.nameKo,
      nameEn: regions.nameEn,
      boundary: regions.boundary,
    })
    .from(regions)
    .where(and(eq(regions.level, "sigungu"), sido ? eq(regions.parentCode, sido) : undefined))
    .orderBy(asc(regions.code));
}

/** The boundary vintage and the number of 시군구: what a cached map depends on. */
export async function boundaryFingerprint(db: Db): Promise<string> {
  const [row] = await db
    .select({
      version: sql<string>`coalesce(max(${regions.boundaryVersion}), '')`,
      count: sql<number>`count(*)::int`,
    })
    .from(regions)
    .where(eq(regions.level, "sigungu"));
  return `${row?.version ?? ""}|${row?.count ?? 0}`;
}
