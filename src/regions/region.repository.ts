import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { seniorJobProjects } from "../programs/senior-job-project.table.ts";
import { regionStatistics, regions } from "./region.table.ts";

/** All region queries. Regions are few (267) and read-mostly, so these stay simple. */

const summaryColumns = {
  code: regions.code,
  level: regions.level,
  parentCode: regions.parentCode,
  nameKo: regions.nameKo,
  nameEn: regions.nameEn,
  fullNameKo: regions.fullNameKo,
  fullNameEn: regions.fullNameEn,
  cityNameKo: regions.cityNameKo,
  centroidLat: regions.centroidLat,
  centroidLng: regions.centroidLng,
  population: regionStatistics.population,
  populationPeriod: regionStatistics.populationPeriod,
};

export type RegionSummaryRow = Awaited<ReturnType<typeof listRegions>>[number];

export async function listRegions(
  db: Db,
  filter: { level?: "sido" | "sigungu" | undefined; parent?: string | undefined },
) {
  const conditions = [];
  if (filter.level) conditions.push(eq(regions.level, filter.level));
  if (filter.parent) conditions.push(eq(regions.parentCode, filter.parent));
  return db
    .select(summaryColumns)
    .from(regions)
    .innerJoin(regionStatistics, eq(regionStatistics.regionCode, regions.code))
    .where(and(...conditions))
    .orderBy(asc(regions.code));
}

export async function findRegion(db: Db, code: string) {
  const [row] = await db
    .select({ region: regions, statistics: regionStatistics })
    .from(regions)
    .innerJoin(regionStatistics, eq(regionStatistics.regionCode, regions.code))
    .where(eq(regions.code, code));
  return row ?? null;
}

export async function regionExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return row !== undefined;
}

export async function findSigunguCodes(db: Db): Promise<Set<string>> {
  const rows = await db.select({ code: regions.code }).from(regions).where(eq(regions.level, "sigungu"));
  return new Set(rows.map((r) => r.code));
}

/**
 * Real 2022 노인일자리 projects: for a 시도, every project in it (including city-wide and
 * 시도-direct ones); for a 시군구, its own projects, plus, for an 일반구, the city-wide projects of
 * its city, reported apart because they cannot be split between the 구.
 */
export async function seniorJobTotals(db: Db, code: string) {
  const totals = (condition: SQL | undefined) =>
    db
      .select({
        projects: sql<number>`count(*)::int`,
        targetJobs: sql<number>`coalesce(sum(${seniorJobProjects.targetJobs}), 0)::int`,
      })
      .from(seniorJobProjects)
      .where(condition)
      .then((rows) => rows[0] ?? { projects: 0, targetJobs: 0 });
  if (code.length === 2) return { ...(await totals(eq(seniorJobProjects.sidoCode, code))), cityWide: null };
  const own = await totals(eq(seniorJobProjects.regionCode, code));
  const cityCode = `${code.slice(0, 4)}0`;
  const cityWide =
    cityCode !== code
      ? await totals(
          and(eq(seniorJobProjects.scope, "city"), eq(seniorJobProjects.sourceRegionCode, cityCode)),
        )
      : null;
  return { ...own, cityWide: cityWide && cityWide.projects > 0 ? cityWide : null };
}

export async function regionBoundaries(db: Db, filter: { code?: string; parent?: string }) {
  return db
    .select({
      code: regions.code,
      nameKo: regions.nameKo,
      nameEn: regions.nameEn,
      boundary: regions.boundary,
    })
    .from(regions)
    .where(filter.code ? eq(regions.code, filter.code) : eq(regions.parentCode, filter.parent ?? ""))
    .orderBy(asc(regions.code));
}
