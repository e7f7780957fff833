import { ageBands, percent, sumAges } from "./domain/region-figures.ts";
import type { findRegion, RegionSummaryRow } from "./region.repository.ts";
import type { TRegionDetail, TRegionSummary } from "./region.schema.ts";

/** Shapes database rows into the API's region objects. */
export function presentRegionSummary(row: RegionSummaryRow): TRegionSummary {
  return {
    code: row.code,
    level: row.level,
    parentCode: row.parentCode,
    nameKo: row.nameKo,
    nameEn: row.nameEn,
    fullNameKo: row.fullNameKo,
    fullNameEn: row.fullNameEn,
    cityNameKo: row.cityNameKo,
    centroid: { lat: row.centroidLat, lng: row.centroidLng },
    population: row.population,
    populationPeriod: row.populationPeriod,
  };
}

type RegionWithStatistics = NonNullable<Awaited<ReturnType<typeof findRegion>>>;

export function presentRegionDetail(
  { region, statistics: s }: RegionWithStatistics,
  children: RegionSummaryRow[],
  seniorJobs2022: TRegionDetail["seniorJobs2022"],
): TRegionDetail {
  const bands = ageBands(s.populationByAge);
  return {
    ...presentRegionSummary({ ...region, population: s.population, populationPeriod: s.populationPeriod }),
    bbox: region.bbox,
    boundaryVersion: region.boundaryVersion,
    demographics: {
      population: s.population,
      populationPeriod: s.populationPeriod,
      populationByAge: s.populationByAge,
      children0to17: bands.children0to17,
      youth19to34: bands.youth19to34,
      newMiddleAge50to64: bands.newMiddleAge50to64,
      seniors65plus: bands.seniors65plus,
      seniors75plus: bands.seniors75plus,
      seniorSharePercent: percent(bands.seniors65plus, s.population),
      households: s.households,
      householdsPeriod: s.householdsPeriod,
      singlePersonHouseholds: s.singlePersonHouseholds,
      singlePersonHouseholds65plus: s.singlePersonHouseholdsByAge
        ? sumAges(s.singlePersonHouseholdsByAge, 65)
        : null,
      singlePersonHouseholdsPeriod: s.singlePersonHouseholdsPeriod,
      disabledRegistered: s.disabledRegistered,
      disabledSevere: s.disabledSevere,
      disabledPeriod: s.disabledPeriod,
      employmentRate: s.employmentRate,
      employmentRate15to64: s.employmentRate15to64,
      unemploymentRate: s.unemploymentRate,
      employmentScope: s.employmentScope,
      employmentPeriod: s.employmentPeriod,
    },
    seniorJobs2022,
    children: children.map(presentRegionSummary),
  };
}
