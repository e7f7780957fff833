import area from "@turf/area";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { seniorJobProjects } from "../programs/senior-job-project.table.ts";
import { sumAges } from "../regions/domain/region-figures.ts";
import { regionStatistics, regions } from "../regions/region.table.ts";
import type { DistrictFigures, ProfileFigures } from "./domain/demand-drivers.ts";

/**
 * The reads job design makes: a district's figures and the nation's (for its profile), the land
 * area of every 시군구 (for density) and the 2022 노인일자리 targets of a district by activity
 * type (the real cross-section shown next to a suggestion).
 */

type StatisticsRow = typeof regionStatistics.$inferSelect;

function toProfileFigures(s: StatisticsRow, areaKm2: number | null): ProfileFigures {
  return {
    population: s.population,
    populationByAge: s.populationByAge,
    households: s.households,
    singlePersonHouseholds: s.singlePersonHouseholds,
    singlePersonHouseholdsByAge: s.singlePersonHouseholdsByAge,
    disabledRegistered: s.disabledRegistered,
    disabledSevere: s.disabledSevere,
    employmentRate: s.employmentRate,
    unemploymentRate: s.unemploymentRate,
    densityPerKm2: areaKm2 && areaKm2 > 0 ? s.population / areaKm2 : null,
  };
}

interface AreaCache {
  version: string;
  areas: Promise<Map<string, number>>;
}
const areaCaches = new WeakMap<Db, AreaCache>();

/**
 * km² of every 시군구 from its stored boundary (geodesic area, @turf/area). The boundaries are
 * megabytes of GeoJSON that change only when the region data is reloaded, so the areas are kept
 * per database and boundary version.
 */
export async function sigunguAreas(db: Db): Promise<Map<string, number>> {
  const [row] = await db
    .select({ version: sql<string>`coalesce(max(${regions.boundaryVersion}), '')` })
    .from(regions);
  const version = row?.version ?? "";
  const cached = areaCaches.get(db);
  if (cached && cached.version === version) return cached.areas;
  const areas = db
    .select({ code: regions.code, boundary: regions.boundary })
    .from(regions)
    .where(eq(regions.level, "sigungu"))
    .then(
      (rows) =>
        new Map(
          rows.map((r) => [
            r.code,
            area({ type: "Feature", geometry: r.boundary, properties: {} } as Parameters<typeof area>[0]) /
              1_000_000,
          ]),
        ),
    );
  areaCaches.set(db, { version, areas });
  areas.catch(() => areaCaches.delete(db));
  return areas;
}

/** A 시군구 with its figures, or null when there is no such 시군구. */
export async function findDistrict(db: Db, code: string) {
  const [row] = await db
    .select({ region: regions, statistics: regionStatistics })
    .from(regions)
    .innerJoin(regionStatistics, eq(regionStatistics.regionCode, regions.code))
    .where(and(eq(regions.code, code), eq(regions.level, "sigungu")));
  if (!row) return null;
  const areas = await sigunguAreas(db);
  return { region: row.region, figures: toProfileFigures(row.statistics, areas.get(code) ?? null) };
}

/** The nation: the 시도 rows summed, rates and density weighted over the 시군구 (see nationalFigures). */
export async function findNationalInputs(
  db: Db,
): Promise<{ sido: ProfileFigures[]; districts: DistrictFigures[] }> {
  const rows = await db
    .select({ level: regions.level, statistics: regionStatistics })
    .from(regions)
    .innerJoin(regionStatistics, eq(regionStatistics.regionCode, regions.code));
  const areas = await sigunguAreas(db);
  return {
    sido: rows.filter((r) => r.level === "sido").map((r) => toProfileFigures(r.statistics, null)),
    districts: rows
      .filter((r) => r.level === "sigungu")
      .map(({ statistics: s }) => {
        const km2 = areas.get(s.regionCode) ?? null;
        return {
          population: s.population,
          population15plus: sumAges(s.populationByAge, 15),
          employmentRate: s.employmentRate,
          unemploymentRate: s.unemploymentRate,
          densityPerKm2: km2 && km2 > 0 ? s.population / km2 : null,
        };
      }),
  };
}

/** 2022 노인일자리 target jobs of a 시군구 per activity code ("A-08" → 120). */
export async function seniorJobTargetsByType(db: Db, regionCode: string): Promise<Map<string, number>> {
  const code = sql<string>`substring(${seniorJobProjects.activityType} from '\\(([A-Z]-[0-9]{2})\\)')`;
  const rows = await db
    .select({ code, targetJobs: sql<number>`sum(${seniorJobProjects.targetJobs})::int` })
    .from(seniorJobProjects)
    .where(eq(seniorJobProjects.regionCode, regionCode))
    .groupBy(code);
  return new Map(rows.filter((r) => r.code).map((r) => [r.code, Number(r.targetJobs)]));
}
