import fs from "node:fs";
import path from "node:path";
import turfBbox from "@turf/bbox";
import turfCentroid from "@turf/centroid";
import type { GeoJsonGeometry } from "../region.table.ts";
import {
  columnIndex,
  type MoisRow,
  parseMoisRows,
  singleYearAgeColumns,
  valuesAt,
} from "./mois-population.ts";
import { dataDir, nameKey, parseKoreanNumber, readCsv } from "./read-source-file.ts";

/**
 * Builds the region rows (17 시도 + 250 시군구) and their statistics from the real public data
 * files in data/regions. Every join and code fix-up described in data/SOURCES.md happens here.
 */
export interface RegionRecord {
  code: string;
  level: "sido" | "sigungu";
  parentCode: string | null;
  nameKo: string;
  nameEn: string;
  fullNameKo: string;
  fullNameEn: string;
  cityNameKo: string | null;
  centroidLat: number;
  centroidLng: number;
  bbox: [number, number, number, number];
  boundary: GeoJsonGeometry;
  boundaryVersion: string;
}

export interface RegionStatisticsRecord {
  regionCode: string;
  population: number;
  populationByAge: number[];
  populationPeriod: string;
  households: number | null;
  householdsPeriod: string | null;
  singlePersonHouseholds: number | null;
  singlePersonHouseholdsByAge: number[] | null;
  singlePersonHouseholdsPeriod: string | null;
  disabledRegistered: number | null;
  disabledSevere: number | null;
  disabledPeriod: string | null;
  employmentRate: number | null;
  employmentRate15to64: number | null;
  unemploymentRate: number | null;
  employmentScope: "sigungu" | "city" | "sido" | null;
  employmentPeriod: string | null;
}

export interface RegionDataset {
  regions: RegionRecord[];
  statistics: RegionStatisticsRecord[];
  /** Joins that found no source row, for the seed log and the tests. */
  gaps: string[];
}

const BOUNDARY_VERSION = "SIG 2025 (국가공간정보 시군구, simplified)";

interface SidoRow {
  code: string;
  nameKo: string;
  shortKo: string;
  nameEn: string;
  kostatCode: string;
}

function readSido(): SidoRow[] {
  const [, ...rows] = readCsv("regions/sido.csv");
  return rows.map(([code, nameKo, shortKo, nameEn, kostatCode]) => ({
    code: code!,
    nameKo: nameKo!,
    shortKo: shortKo!,
    nameEn: nameEn!,
    kostatCode: kostatCode!,
  }));
}

interface SigFeature {
  properties: { SIG_CD: string; SIG_KOR_NM: string; SIG_ENG_NM: string };
  geometry: GeoJsonGeometry;
}

function readBoundaries(): SigFeature[] {
  const file = path.join(dataDir, "regions/sgg_sig_2025_simplified.json");
  const collection = JSON.parse(fs.readFileSync(file, "utf8")) as { features: SigFeature[] };
  return collection.features;
}

/** Sido outlines are the union of their 시군구 polygons as one MultiPolygon (no dissolve needed to draw or test points). */
function mergeGeometries(geometries: GeoJsonGeometry[]): GeoJsonGeometry {
  const polygons: number[][][][] = [];
  for (const g of geometries) {
    if (g.type === "Polygon") polygons.push(g.coordinates as number[][][]);
    else polygons.push(...(g.coordinates as number[][][][]));
  }
  return { type: "MultiPolygon", coordinates: polygons };
}

function placement(boundary: GeoJsonGeometry) {
  const feature = { type: "Feature" as const, properties: {}, geometry: boundary } as Parameters<
    typeof turfBbox
  >[0];
  const [minLng, minLat, maxLng, maxLat] = turfBbox(feature) as [number, number, number, number];
  const centre = turfCentroid(feature as Parameters<typeof turfCentroid>[0]).geometry.coordinates;
  return {
    bbox: [minLng, minLat, maxLng, maxLat] as [number, number, number, number],
    centroidLng: centre[0]!,
    centroidLat: centre[1]!,
  };
}

function indexMois(rows: MoisRow[]): Map<string, MoisRow> {
  const byCode = new Map<string, MoisRow>();
  for (const row of rows) {
    if (row.level === "sido") byCode.set(row.code10.slice(0, 2), row);
    if (row.level === "sigungu") byCode.set(row.code10.slice(0, 5), row);
  }
  return byCode;
}

export function loadRegionDataset(): RegionDataset {
  const gaps: string[] = [];
  const sidoRows = readSido();
  const sidoByCode = new Map(sidoRows.map((s) => [s.code, s]));
  const features = readBoundaries();

  const sigungu: RegionRecord[] = features.map((f) => {
    const code = f.properties.SIG_CD;
    const sido = sidoByCode.get(code.slice(0, 2));
    if (!sido) throw new Error(`Boundary ${code} has no 시도 in data/regions/sido.csv`);
    const nameKo = f.properties.SIG_KOR_NM.trim();
    const isCityDistrict = /^\S+시 \S+구$/.test(nameKo);
    return {
      code,
      level: "sigungu",
      parentCode: sido.code,
      nameKo,
      nameEn: f.properties.SIG_ENG_NM.trim(),
      fullNameKo: nameKo === sido.nameKo ? nameKo : `${sido.nameKo} ${nameKo}`,
      fullNameEn: nameKo === sido.nameKo ? sido.nameEn : `${f.properties.SIG_ENG_NM.trim()}, ${sido.nameEn}`,
      cityNameKo: isCityDistrict ? nameKo.split(" ")[0]! : null,
      ...placement(f.geometry),
      boundary: f.geometry,
      boundaryVersion: BOUNDARY_VERSION,
    };
  });

  const sido: RegionRecord[] = sidoRows.map((s) => {
    const boundary = mergeGeometries(
      features.filter((f) => f.properties.SIG_CD.startsWith(s.code)).map((f) => f.geometry),
    );
    return {
      code: s.code,
      level: "sido",
      parentCode: null,
      nameKo: s.nameKo,
      nameEn: s.nameEn,
      fullNameKo: s.nameKo,
      fullNameEn: s.nameEn,
      cityNameKo: null,
      ...placement(boundary),
      boundary,
      boundaryVersion: BOUNDARY_VERSION,
    };
  });

  const regions = [...sido, ...sigungu];
  const statistics = buildStatistics(regions, sidoRows, gaps);
  return { regions, statistics, gaps };
}

function buildStatistics(
  regions: RegionRecord[],
  sidoRows: SidoRow[],
  gaps: string[],
): RegionStatisticsRecord[] {
  const age = parseMoisRows(readCsv("regions/mois_age_1yr_202504_all_levels.csv", "cp949"));
  const ageColumns = singleYearAgeColumns(age.header, "_계_");
  const ageTotal = columnIndex(age.header, (h) => h.endsWith("_계_총인구수"), "총인구수");
  const ageByCode = indexMois(age.rows);

  const households = parseMoisRows(readCsv("regions/mois_population_households_202501.csv"));
  const householdsColumn = columnIndex(households.header, (h) => h.endsWith("_세대수"), "세대수");
  const householdsByCode = indexMois(households.rows);

  const single = parseMoisRows(readCsv("regions/mois_single_person_households_by_age_sex_202501.csv"));
  const singleColumns = singleYearAgeColumns(single.header, "_계_");
  const singleTotal = columnIndex(single.header, (h) => h.endsWith("_계_총세대수"), "1인세대 총세대수");
  const singleByCode = indexMois(single.rows);

  const disabled = readDisabled(sidoRows);
  const employment = readEmployment(sidoRows);

  return regions.map((region) => {
    const ageRow = ageByCode.get(region.code);
    if (!ageRow) throw new Error(`No MOIS population row for region ${region.code} ${region.fullNameKo}`);
    const householdRow = householdsByCode.get(region.code);
    const singleRow = singleByCode.get(region.code);
    if (!householdRow) gaps.push(`households: ${region.code} ${region.fullNameKo}`);
    if (!singleRow) gaps.push(`single-person households: ${region.code} ${region.fullNameKo}`);

    const disabledFigures = lookupDisabled(disabled, region);
    if (!disabledFigures) gaps.push(`registered disabled: ${region.code} ${region.fullNameKo}`);
    const employmentFigures = lookupEmployment(employment, region);
    if (!employmentFigures && region.level === "sigungu")
      gaps.push(`employment: ${region.code} ${region.fullNameKo}`);

    return {
      regionCode: region.code,
      population: parseKoreanNumber(ageRow.cells[ageTotal]) ?? 0,
      populationByAge: valuesAt(ageRow.cells, ageColumns),
      populationPeriod: "2025-04",
      households: householdRow ? parseKoreanNumber(householdRow.cells[householdsColumn]) : null,
      householdsPeriod: householdRow ? "2025-01" : null,
      singlePersonHouseholds: singleRow ? parseKoreanNumber(singleRow.cells[singleTotal]) : null,
      singlePersonHouseholdsByAge: singleRow ? valuesAt(singleRow.cells, singleColumns) : null,
      singlePersonHouseholdsPeriod: singleRow ? "2025-01" : null,
      disabledRegistered: disabledFigures?.total ?? null,
      disabledSevere: disabledFigures?.severe ?? null,
      disabledPeriod: disabledFigures ? "2024" : null,
      employmentRate: employmentFigures?.rate ?? null,
      employmentRate15to64: employmentFigures?.rate15to64 ?? null,
      unemploymentRate: employmentFigures?.unemployment ?? null,
      employmentScope: employmentFigures?.scope ?? null,
      employmentPeriod: employmentFigures ? "2024-H1" : null,
    };
  });
}

interface DisabledFigures {
  total: number;
  severe: number;
}

/** KOSIS registered disabled persons, 2024: rows keyed by "시도|시군구 name without spaces". */
function readDisabled(sidoRows: SidoRow[]): Map<string, DisabledFigures> {
  const sidoCodeByName = new Map(sidoRows.map((s) => [s.nameKo, s.code]));
  const rows = readCsv("regions/kosis_registered_disabled_by_sigungu_2024.csv").slice(3);
  const byKey = new Map<string, DisabledFigures>();
  for (const [sidoName, sigunguName, total, , , severe] of rows) {
    const sidoCode = sidoCodeByName.get(sidoName ?? "");
    if (!sidoCode) continue;
    const figures = { total: parseKoreanNumber(total) ?? 0, severe: parseKoreanNumber(severe) ?? 0 };
    byKey.set(sigunguName === "소계" ? sidoCode : `${sidoCode}|${nameKey(sigunguName ?? "")}`, figures);
  }
  return byKey;
}

function lookupDisabled(byKey: Map<string, DisabledFigures>, region: RegionRecord): DisabledFigures | null {
  if (region.level === "sido") return byKey.get(region.code) ?? null;
  const prefix = `${region.parentCode}|${nameKey(region.nameKo)}`;
  const exact = byKey.get(prefix);
  if (exact) return exact;
  // A city kept whole in the boundaries (부천시) while KOSIS lists its 구: add them up.
  const parts = [...byKey.entries()].filter(([key]) => key.startsWith(prefix));
  if (parts.length > 0) {
    return parts.reduce((sum, [, f]) => ({ total: sum.total + f.total, severe: sum.severe + f.severe }), {
      total: 0,
      severe: 0,
    });
  }
  // 세종 is a 시도 with a single 시군구: KOSIS has only the 시도 subtotal.
  if (region.nameKo === sidoNameOf(region)) return byKey.get(region.parentCode!) ?? null;
  return null;
}

function sidoNameOf(region: RegionRecord): string {
  return region.fullNameKo.split(" ")[0]!;
}

interface EmploymentFigures {
  rate: number | null;
  rate15to64: number | null;
  unemployment: number | null;
  scope: "sigungu" | "city";
}

/**
 * KOSIS 지역별고용조사 2024 H1 uses old KOSTAT codes ("1101 서울 종로구", "3101 수원시"), so rows
 * are joined by name within their 시도. The 시도 comes from the short name in the label when it
 * is there (군위군 is labelled "3731 대구 군위군" under an old 경북 code) and from the code otherwise.
 */
function readEmployment(sidoRows: SidoRow[]): Map<string, Omit<EmploymentFigures, "scope">> {
  const byKostat = new Map(sidoRows.map((s) => [s.kostatCode, s.code]));
  const byShort = new Map(sidoRows.map((s) => [s.shortKo, s.code]));
  const rows = readCsv("regions/kosis_lfs_sigungu_2024H1.csv").slice(2);
  const byKey = new Map<string, Omit<EmploymentFigures, "scope">>();
  for (const row of rows) {
    const match = /^(\d{2})\d{2}\s+(.*)$/.exec(row[0]?.trim() ?? "");
    if (!match) continue;
    const words = match[2]!.split(/\s+/);
    let sidoCode = byKostat.get(match[1]!);
    if (words.length > 1 && byShort.has(words[0]!)) sidoCode = byShort.get(words.shift()!);
    if (!sidoCode) continue;
    byKey.set(`${sidoCode}|${nameKey(words.join(""))}`, {
      rate: parseKoreanNumber(row[7]),
      rate15to64: parseKoreanNumber(row[8]),
      unemployment: parseKoreanNumber(row[9]),
    });
  }
  return byKey;
}

function lookupEmployment(
  byKey: Map<string, Omit<EmploymentFigures, "scope">>,
  region: RegionRecord,
): EmploymentFigures | null {
  if (region.level === "sido") return null;
  const own = byKey.get(`${region.parentCode}|${nameKey(region.nameKo)}`);
  if (own) return { ...own, scope: "sigungu" };
  if (region.cityNameKo) {
    const city = byKey.get(`${region.parentCode}|${nameKey(region.cityNameKo)}`);
    if (city) return { ...city, scope: "city" };
  }
  return null;
}
