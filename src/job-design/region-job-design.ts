import { minimumWageFor } from "../contracts/domain/minimum-wage.ts";
import type { Db } from "../db/client.ts";
import type { ProgramCode } from "../programs/domain/program-catalogue.ts";
import { effectiveRules } from "../programs/domain/rule-set.ts";
import { findRulesForYear, rulesYearFor } from "../programs/program-rule.repository.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { nationalFigures, type RegionProfile, regionProfile } from "./domain/demand-drivers.ts";
import { designJobs, type JobDesign, type JobDesignInput } from "./domain/design-jobs.ts";
import { type ProgramTerms, programTerms } from "./domain/program-terms.ts";
import { findDistrict, findNationalInputs, seniorJobTargetsByType } from "./job-design.repository.ts";
import { occupationCatalogue } from "./occupation-catalogue.ts";
import { type RegionDemand, regionDemand } from "./region-demand.ts";

/**
 * Job design for one 시군구, with everything it was made from: the forecast demand and covered
 * hours (src/forecasting), the region's profile against the nation, the programs in force there
 * for the year the jobs would start, and the minimum wage of that year.
 */
export interface RegionJobDesign {
  region: {
    code: string;
    nameKo: string;
    nameEn: string;
    fullNameKo: string;
    fullNameEn: string;
    centroid: { lat: number; lng: number };
  };
  demand: RegionDemand;
  profile: RegionProfile;
  /** First day of the month after the clock: when drafted jobs would start. */
  startDate: string;
  rulesYear: number;
  input: JobDesignInput;
  design: JobDesign;
  /** The district's 2022 노인일자리 target jobs per activity code. */
  seniorJobTargets: Map<string, number>;
}

export const DISTRICT = { ko: "시군구", en: "시군구 (district)" };

/** First day of the month after `now` (UTC). */
export function nextMonthStart(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** The rules of every program in force for a 시군구 in a year (national, then 시도, then 시군구 overrides). */
async function programTermsFor(db: Db, regionCode: string, year: number) {
  const rulesYear = await rulesYearFor(db, year);
  if (rulesYear === null) {
    throw new AppError("unprocessable", {
      ko: `${year}년에 적용할 사업 규칙이 없습니다.`,
      en: `No program rules apply to ${year}.`,
    });
  }
  const { national, overrides } = await findRulesForYear(db, rulesYear, regionCode);
  const terms = new Map<ProgramCode, ProgramTerms>();
  for (const set of national) {
    const own = overrides.filter((o) => o.program === set.program);
    terms.set(set.program, programTerms(effectiveRules(set, own, regionCode), regionCode));
  }
  return { rulesYear, terms };
}

export async function regionJobDesign(
  db: Db,
  regionCode: string,
  options: { horizon: number; now: Date; hourlyWage?: number },
): Promise<RegionJobDesign> {
  const district = await findDistrict(db, regionCode);
  if (!district) throw notFound(DISTRICT, regionCode);
  const startDate = nextMonthStart(options.now);
  const startYear = Number(startDate.slice(0, 4));
  const minimumWage = minimumWageFor(startYear);
  if (!minimumWage) {
    throw new AppError("unprocessable", {
      ko: `${startYear}년 최저임금을 알 수 없습니다.`,
      en: `The minimum wage for ${startYear} is not known.`,
    });
  }
  const [demand, national, programs, seniorJobTargets] = await Promise.all([
    regionDemand(db, regionCode, { horizon: options.horizon, now: options.now }),
    findNationalInputs(db),
    programTermsFor(db, regionCode, startYear),
    seniorJobTargetsByType(db, regionCode),
  ]);
  const profile = regionProfile(district.figures, nationalFigures(national.sido, national.districts));
  const input: JobDesignInput = {
    regionCode,
    catalogue: occupationCatalogue(),
    demand: demand.categories,
    profile,
    programs: programs.terms,
    population: district.figures.population,
    minimumWage,
    options: {
      horizonMonths: options.horizon,
      ...(options.hourlyWage === undefined ? {} : { hourlyWage: options.hourlyWage }),
    },
  };
  const { region } = district;
  return {
    region: {
      code: region.code,
      nameKo: region.nameKo,
      nameEn: region.nameEn,
      fullNameKo: region.fullNameKo,
      fullNameEn: region.fullNameEn,
      centroid: { lat: region.centroidLat, lng: region.centroidLng },
    },
    demand,
    profile,
    startDate,
    rulesYear: programs.rulesYear,
    input,
    design: designJobs(input),
    seniorJobTargets,
  };
}
