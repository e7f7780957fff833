import { ageBands, sumAges } from "../../regions/domain/region-figures.ts";

/**
 * The demographic facts of a 시군구 that drive its demand for public-service work: what the
 * demo history is generated from and what the cold-start model learns from. Built from the real
 * region_statistics row (MOIS population by age, single-person households by the householder's
 * age, registered disabled people, the labour-force survey's employment rate).
 */
export interface DemandProfile {
  regionCode: string;
  population: number;
  children0to17: number;
  youth19to34: number;
  seniors65plus: number;
  seniors75plus: number;
  /** Single-person households whose householder is 65 or older. */
  singleSeniorHouseholds: number;
  disabledRegistered: number;
  /** 고용률 (%, 15+). */
  employmentRate: number;
  /** Which figures were missing and estimated, for the notes. */
  estimated: string[];
}

/** The columns of region_statistics this needs (structural, so that the data loader's records fit too). */
export interface RegionFigures {
  regionCode: string;
  population: number;
  populationByAge: readonly number[];
  singlePersonHouseholdsByAge?: readonly number[] | null;
  disabledRegistered?: number | null;
  employmentRate?: number | null;
}

/** National figures (2024–2025) used only where a region's own figure is missing. */
const NATIONAL = {
  /** Share of people 65+ who live alone (≈ 2.1 M single senior households / 10 M seniors). */
  singleSeniorPerSenior: 0.21,
  /** Registered disabled people per resident (≈ 2.63 M / 51.2 M). */
  disabledPerResident: 0.051,
  /** Employment rate, 15+ (%). */
  employmentRate: 62.7,
};

export function demandProfileFromFigures(figures: RegionFigures): DemandProfile {
  const bands = ageBands(figures.populationByAge);
  const estimated: string[] = [];
  let singleSeniorHouseholds: number;
  if (figures.singlePersonHouseholdsByAge) {
    singleSeniorHouseholds = sumAges(figures.singlePersonHouseholdsByAge, 65);
  } else {
    singleSeniorHouseholds = Math.round(bands.seniors65plus * NATIONAL.singleSeniorPerSenior);
    estimated.push("singleSeniorHouseholds");
  }
  let disabledRegistered = figures.disabledRegistered ?? null;
  if (disabledRegistered === null) {
    disabledRegistered = Math.round(figures.population * NATIONAL.disabledPerResident);
    estimated.push("disabledRegistered");
  }
  let employmentRate = figures.employmentRate ?? null;
  if (employmentRate === null) {
    employmentRate = NATIONAL.employmentRate;
    estimated.push("employmentRate");
  }
  return {
    regionCode: figures.regionCode,
    population: figures.population,
    children0to17: bands.children0to17,
    youth19to34: bands.youth19to34,
    seniors65plus: bands.seniors65plus,
    seniors75plus: bands.seniors75plus,
    singleSeniorHouseholds,
    disabledRegistered,
    employmentRate,
    estimated,
  };
}

/**
 * The covariates of the cold-start model: shares of the population (so that a large and a small
 * district with the same make-up look alike), the employment rate and the log of the size.
 */
export const COVARIATE_NAMES = [
  "logPopulation",
  "children",
  "youth",
  "seniors65",
  "seniors75",
  "singleSeniors",
  "disabled",
  "employmentRate",
] as const;
export type CovariateName = (typeof COVARIATE_NAMES)[number];

export function covariates(profile: DemandProfile): number[] {
  const per = (n: number) => (profile.population > 0 ? n / profile.population : 0);
  return [
    Math.log(Math.max(1, profile.population)),
    per(profile.children0to17),
    per(profile.youth19to34),
    per(profile.seniors65plus),
    per(profile.seniors75plus),
    per(profile.singleSeniorHouseholds),
    per(profile.disabledRegistered),
    profile.employmentRate / 100,
  ];
}
