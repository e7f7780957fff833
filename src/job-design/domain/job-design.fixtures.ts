import type { ProgramCode } from "../../programs/domain/program-catalogue.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import type { CategoryDemand } from "./category-gap.ts";
import { type ProfileFigures, type RegionProfile, regionProfile } from "./demand-drivers.ts";
import type { JobDesignInput } from "./design-jobs.ts";
import type { Occupation } from "./occupation.ts";
import type { ProgramTerms } from "./program-terms.ts";

/**
 * Test factories for job design: a nation with an even age structure, regions that differ from it
 * in one respect, occupations and program terms with only what a test is about spelled out.
 */

/** 1,000 people at every age 0..99: each single year is 1% of the population. */
export function evenFigures(overrides: Partial<ProfileFigures> = {}): ProfileFigures {
  const populationByAge = Array.from({ length: 101 }, (_, age) => (age < 100 ? 1000 : 0));
  return {
    population: 100_000,
    populationByAge,
    households: 40_000,
    singlePersonHouseholds: 12_000,
    // Single-person households: 250 a year of age from 20 to 59 and 100 from 65 to 84 (12,000).
    singlePersonHouseholdsByAge: Array.from({ length: 101 }, (_, age) =>
      age >= 20 && age < 60 ? 250 : age >= 65 && age < 85 ? 100 : 0,
    ),
    disabledRegistered: 5_000,
    disabledSevere: 2_000,
    employmentRate: 62,
    unemploymentRate: 3,
    densityPerKm2: 1_000,
    ...overrides,
  };
}

/** A region like the nation but with `factor` times as many people at the given ages. */
export function regionWithMoreAt(
  from: number,
  to: number,
  factor: number,
  overrides: Partial<ProfileFigures> = {},
) {
  const base = evenFigures();
  const populationByAge = base.populationByAge.map((n, age) => (age >= from && age <= to ? n * factor : n));
  const population = populationByAge.reduce((a, b) => a + b, 0);
  return evenFigures({ populationByAge, population, ...overrides });
}

export const NATION = evenFigures();

export function profileOf(region: ProfileFigures, nation = NATION): RegionProfile {
  return regionProfile(region, nation);
}

export function occupation(
  overrides: Partial<Occupation> & Pick<Occupation, "code" | "category">,
): Occupation {
  return {
    nameKo: `직무 ${overrides.code}`,
    nameEn: `Occupation ${overrides.code}`,
    dutiesKo: ["업무를 합니다"],
    dutiesEn: ["Does the work"],
    targetGroups: ["senior"],
    skills: [],
    certificates: [],
    hoursPerWeek: 20,
    months: 10,
    programs: ["k_flex"],
    demandDrivers: [],
    sources: [{ kind: "other", detail: "test fixture" }],
    ...overrides,
  };
}

export function terms(program: ProgramCode, overrides: Partial<ProgramTerms> = {}): ProgramTerms {
  return {
    program,
    nameKo: program,
    nameEn: program,
    available: true,
    funding: { national: 0.5, metropolitan: 0.25, district: 0.25, confidence: "reported", source: "test" },
    maxHoursPerWeek: 30,
    stageMonths: [12],
    ...overrides,
  };
}

export function programsOf(...list: ProgramTerms[]): Map<ProgramCode, ProgramTerms> {
  return new Map(list.map((t) => [t.program, t]));
}

/** The same demand and covered hours in every category, or as given per category. */
export function demand(
  perCategory: Partial<Record<WorkCategory, { demand: number; covered?: number }>>,
  fallback: { demand: number; covered?: number } = { demand: 0 },
): CategoryDemand[] {
  return WORK_CATEGORIES.map((category) => {
    const d = perCategory[category] ?? fallback;
    return {
      category,
      demandHours: d.demand,
      demandLo80: d.demand * 0.8,
      demandHi80: d.demand * 1.2,
      coveredHours: d.covered ?? 0,
    };
  });
}

export function designInput(
  overrides: Partial<JobDesignInput> & Pick<JobDesignInput, "catalogue">,
): JobDesignInput {
  return {
    regionCode: "99999",
    demand: demand({}, { demand: 1000, covered: 200 }),
    profile: profileOf(NATION),
    programs: programsOf(terms("k_flex")),
    minimumWage: { year: 2026, wage: 10_320 },
    ...overrides,
  };
}
