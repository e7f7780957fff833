import { doublePrecision, index, integer, jsonb, pgTable, real, text, varchar } from "drizzle-orm/pg-core";

/**
 * 시도 (2-digit code) and 시군구 (5-digit 행정표준코드) with their boundaries. Real data from
 * data/regions (see data/SOURCES.md); the boundary vintage is the 2025 SIG layer.
 */
export const regions = pgTable(
  "regions",
  {
    code: varchar({ length: 5 }).primaryKey(),
    level: text().$type<"sido" | "sigungu">().notNull(),
    parentCode: varchar({ length: 5 }),
    nameKo: text().notNull(),
    nameEn: text().notNull(),
    /** "서울특별시 관악구", "경기도 수원시 팔달구". */
    fullNameKo: text().notNull(),
    /** "Gwanak-gu, Seoul", "Paldal-gu, Suwon-si, Gyeonggi-do". */
    fullNameEn: text().notNull().default(""),
    /** For an 일반구 of a large city (수원시 팔달구), the city's name: 수원시. */
    cityNameKo: text(),
    centroidLat: doublePrecision().notNull(),
    centroidLng: doublePrecision().notNull(),
    /** [minLng, minLat, maxLng, maxLat] */
    bbox: jsonb().$type<[number, number, number, number]>().notNull(),
    /** GeoJSON Polygon or MultiPolygon, WGS84. */
    boundary: jsonb().$type<GeoJsonGeometry>().notNull(),
    boundaryVersion: text().notNull(),
  },
  (t) => [index("regions_level_parent_idx").on(t.level, t.parentCode)],
);

export interface GeoJsonGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: number[][][] | number[][][][];
}

/** Demographic figures per region, each with the reference period of its source. */
export const regionStatistics = pgTable("region_statistics", {
  regionCode: varchar({ length: 5 })
    .primaryKey()
    .references(() => regions.code),
  population: integer().notNull(),
  /** Registered population by single year of age, index 0..100 (100 = 100 and over). */
  populationByAge: jsonb().$type<number[]>().notNull(),
  populationPeriod: text().notNull(),
  households: integer(),
  householdsPeriod: text(),
  singlePersonHouseholds: integer(),
  /** Single-person households by the householder's age, index 0..100. */
  singlePersonHouseholdsByAge: jsonb().$type<number[]>(),
  singlePersonHouseholdsPeriod: text(),
  disabledRegistered: integer(),
  disabledSevere: integer(),
  disabledPeriod: text(),
  /** 고용률 (%), 15+; null where the survey has no figure. */
  employmentRate: real(),
  employmentRate15to64: real(),
  unemploymentRate: real(),
  /** "sigungu" when the survey has this unit, "city" when the figure is the parent city's (일반구). */
  employmentScope: text().$type<"sigungu" | "city" | "sido">(),
  employmentPeriod: text(),
});
