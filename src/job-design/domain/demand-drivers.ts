import { sumAges } from "../../regions/domain/region-figures.ts";

/**
 * The regional figures that raise the need for an occupation (its demand drivers), measured for a
 * region against the national average: a ratio of 1.4 means "1.4 times the national rate". The
 * figures are those in region_statistics (MOIS population by age and single-person households,
 * KOSIS registered disabled people and labour-force survey) plus the area of the 시군구 boundary.
 *
 * There is no figure for cultural infrastructure in the repository; population density stands in
 * for access to culture and everyday facilities (a sparse 군 has few within reach), and says so
 * wherever it is shown.
 */

export interface ProfileFigures {
  population: number;
  /** Registered population by single year of age, 0..100. */
  populationByAge: readonly number[];
  households: number | null;
  singlePersonHouseholds: number | null;
  /** Single-person households by the householder's age, 0..100. */
  singlePersonHouseholdsByAge: readonly number[] | null;
  disabledRegistered: number | null;
  disabledSevere: number | null;
  /** 고용률 (%, 15+). */
  employmentRate: number | null;
  /** 실업률 (%). */
  unemploymentRate: number | null;
  /**
   * People per km² of the boundary's area. For the nation: the density the average resident lives
   * in (districts' densities weighted by their population), not people ÷ the whole land area,
   * which is mostly mountain and would make every town look crowded.
   */
  densityPerKm2: number | null;
}

interface DriverDefinition {
  /** The rate for a region, or null when a figure is missing. */
  rate(f: ProfileFigures): number | null;
  /** "higher": more is more need (ratio = region ÷ nation); "lower": less is more need (nation ÷ region). */
  direction: "higher" | "lower";
  labelKo: string;
  /** The label with its subject particle (이/가), for sentences. */
  subjectKo: string;
  labelEn: string;
  /** How one value reads ("12.3%", "㎢당 41명"). */
  format(value: number): { ko: string; en: string };
  /**
   * How much of the ratio counts (the index is ratio^elasticity): 1 for shares of the population,
   * which run from about a third to three times the nation; log₁₀2 ≈ 0.3 for density, which runs
   * over three orders of magnitude (관악구 16,000 per km², 의성군 41): ten times the density
   * counts as twice the need, so that density cannot decide every list on its own.
   */
  elasticity?: number;
  /** Caveat shown with the reason (a proxy, not the thing itself). */
  noteKo?: string;
  noteEn?: string;
}

const perCapita = (count: number | null, f: ProfileFigures) =>
  count === null || f.population <= 0 ? null : count / f.population;
const pct =
  (digits = 1) =>
  (value: number) => {
    const text = `${(value * 100).toFixed(digits)}%`;
    return { ko: text, en: text };
  };
const rawPercent = (value: number) => ({ ko: `${value.toFixed(1)}%`, en: `${value.toFixed(1)}%` });
const density = (value: number) => {
  const n = Math.round(value).toLocaleString("en-US");
  return { ko: `㎢당 ${n}명`, en: `${n} per km²` };
};

export const DEMAND_DRIVER_CODES = [
  "seniors_65plus",
  "seniors_75plus",
  "seniors_living_alone",
  "young_children",
  "teenagers",
  "young_adults",
  "disabled",
  "severe_disabled",
  "single_households",
  "low_employment",
  "unemployment",
  "low_density",
  "high_density",
] as const;
export type DemandDriver = (typeof DEMAND_DRIVER_CODES)[number];

export const DEMAND_DRIVERS: Record<DemandDriver, DriverDefinition> = {
  seniors_65plus: {
    rate: (f) => perCapita(sumAges(f.populationByAge, 65), f),
    direction: "higher",
    labelKo: "65세 이상 인구 비율",
    subjectKo: "65세 이상 인구 비율이",
    labelEn: "Share of people aged 65+",
    format: pct(),
  },
  seniors_75plus: {
    rate: (f) => perCapita(sumAges(f.populationByAge, 75), f),
    direction: "higher",
    labelKo: "75세 이상 인구 비율",
    subjectKo: "75세 이상 인구 비율이",
    labelEn: "Share of people aged 75+",
    format: pct(),
  },
  seniors_living_alone: {
    rate: (f) =>
      perCapita(f.singlePersonHouseholdsByAge ? sumAges(f.singlePersonHouseholdsByAge, 65) : null, f),
    direction: "higher",
    labelKo: "65세 이상 1인 가구 비율(인구 대비)",
    subjectKo: "인구 대비 65세 이상 1인 가구 비율이",
    labelEn: "Single-person households aged 65+ per resident",
    format: pct(),
  },
  young_children: {
    rate: (f) => perCapita(sumAges(f.populationByAge, 0, 12), f),
    direction: "higher",
    labelKo: "0~12세 아동 비율",
    subjectKo: "0~12세 아동 비율이",
    labelEn: "Share of children aged 0–12",
    format: pct(),
  },
  teenagers: {
    rate: (f) => perCapita(sumAges(f.populationByAge, 13, 18), f),
    direction: "higher",
    labelKo: "13~18세 청소년 비율",
    subjectKo: "13~18세 청소년 비율이",
    labelEn: "Share of teenagers aged 13–18",
    format: pct(),
  },
  young_adults: {
    rate: (f) => perCapita(sumAges(f.populationByAge, 19, 34), f),
    direction: "higher",
    labelKo: "19~34세 청년 비율",
    subjectKo: "19~34세 청년 비율이",
    labelEn: "Share of young adults aged 19–34",
    format: pct(),
  },
  disabled: {
    rate: (f) => perCapita(f.disabledRegistered, f),
    direction: "higher",
    labelKo: "등록장애인 비율",
    subjectKo: "등록장애인 비율이",
    labelEn: "Share of registered disabled people",
    format: pct(),
  },
  severe_disabled: {
    rate: (f) => perCapita(f.disabledSevere, f),
    direction: "higher",
    labelKo: "심한 장애인 비율",
    subjectKo: "심한 장애인 비율이",
    labelEn: "Share of people with severe disabilities",
    format: pct(2),
  },
  single_households: {
    rate: (f) =>
      f.singlePersonHouseholds === null || !f.households ? null : f.singlePersonHouseholds / f.households,
    direction: "higher",
    labelKo: "1인 가구 비율(세대 대비)",
    subjectKo: "세대 대비 1인 가구 비율이",
    labelEn: "Share of single-person households",
    format: pct(),
  },
  low_employment: {
    rate: (f) => (f.employmentRate && f.employmentRate > 0 ? f.employmentRate : null),
    direction: "lower",
    labelKo: "고용률",
    subjectKo: "고용률이",
    labelEn: "Employment rate",
    format: rawPercent,
  },
  unemployment: {
    // A district with no measured unemployment (0.0%) is compared as if at 0.5%, not divided by zero.
    rate: (f) => (f.unemploymentRate === null ? null : Math.max(f.unemploymentRate, 0.5)),
    direction: "higher",
    labelKo: "실업률",
    subjectKo: "실업률이",
    labelEn: "Unemployment rate",
    format: rawPercent,
  },
  low_density: {
    rate: (f) => (f.densityPerKm2 && f.densityPerKm2 > 0 ? f.densityPerKm2 : null),
    direction: "lower",
    labelKo: "인구 밀도",
    subjectKo: "인구 밀도가",
    labelEn: "Population density",
    format: density,
    elasticity: Math.LOG10E * Math.LN2,
    noteKo: "문화·생활 기반시설 접근성의 근사 지표",
    noteEn: "a proxy for access to cultural and everyday facilities",
  },
  high_density: {
    rate: (f) => (f.densityPerKm2 && f.densityPerKm2 > 0 ? f.densityPerKm2 : null),
    direction: "higher",
    labelKo: "인구 밀도",
    subjectKo: "인구 밀도가",
    labelEn: "Population density",
    format: density,
    elasticity: Math.LOG10E * Math.LN2,
  },
};

/** Ratios are kept within [1/3, 3] so that one extreme figure (a 군's density) cannot swamp the rest. */
export const INDEX_FLOOR = 1 / 3;
export const INDEX_CEILING = 3;

export interface DriverIndex {
  driver: DemandDriver;
  /** The region's rate and the national one (null: the region's figure is missing). */
  regionValue: number | null;
  nationalValue: number | null;
  /** Need relative to the nation (the damped, bounded ratio): > 1 raises the need; 1 when a figure is missing. */
  index: number;
  available: boolean;
}

export type RegionProfile = Record<DemandDriver, DriverIndex>;

/** Every driver's index for a region against the national figures. */
export function regionProfile(region: ProfileFigures, nation: ProfileFigures): RegionProfile {
  const profile = {} as RegionProfile;
  for (const driver of DEMAND_DRIVER_CODES) {
    const definition = DEMAND_DRIVERS[driver];
    const regionValue = definition.rate(region);
    const nationalValue = definition.rate(nation);
    let index = 1;
    const available = regionValue !== null && nationalValue !== null && regionValue > 0 && nationalValue > 0;
    if (available) {
      const ratio =
        definition.direction === "higher" ? regionValue / nationalValue : nationalValue / regionValue;
      index = Math.min(INDEX_CEILING, Math.max(INDEX_FLOOR, ratio ** (definition.elasticity ?? 1)));
    }
    profile[driver] = { driver, regionValue, nationalValue, index, available };
  }
  return profile;
}

/**
 * National figures from the 시도 rows (which sum to the nation): counts add up; the employment
 * and unemployment rates are averaged weighted by the 15+ population of the districts that have
 * one (the 시도 rows of the survey file carry none); density is the districts' weighted by their
 * population.
 */
export interface DistrictFigures {
  population: number;
  population15plus: number;
  employmentRate: number | null;
  unemploymentRate: number | null;
  densityPerKm2: number | null;
}

export function nationalFigures(
  sido: readonly ProfileFigures[],
  districts: readonly DistrictFigures[],
): ProfileFigures {
  const sum = (pick: (f: ProfileFigures) => number | null) =>
    sido.every((f) => pick(f) !== null) ? sido.reduce((total, f) => total + pick(f)!, 0) : null;
  const byAge = (pick: (f: ProfileFigures) => readonly number[] | null) => {
    if (!sido.every((f) => pick(f))) return null;
    const total = new Array<number>(101).fill(0);
    for (const f of sido) {
      const counts = pick(f)!;
      for (let age = 0; age < total.length; age++) total[age]! += counts[age] ?? 0;
    }
    return total;
  };
  const weighted = (pick: (d: DistrictFigures) => number | null, by: (d: DistrictFigures) => number) => {
    let weight = 0;
    let total = 0;
    for (const d of districts) {
      const value = pick(d);
      if (value === null || by(d) <= 0) continue;
      weight += by(d);
      total += value * by(d);
    }
    return weight > 0 ? total / weight : null;
  };
  return {
    population: sum((f) => f.population) ?? 0,
    populationByAge: byAge((f) => f.populationByAge) ?? [],
    households: sum((f) => f.households),
    singlePersonHouseholds: sum((f) => f.singlePersonHouseholds),
    singlePersonHouseholdsByAge: byAge((f) => f.singlePersonHouseholdsByAge),
    disabledRegistered: sum((f) => f.disabledRegistered),
    disabledSevere: sum((f) => f.disabledSevere),
    employmentRate: weighted(
      (d) => d.employmentRate,
      (d) => d.population15plus,
    ),
    unemploymentRate: weighted(
      (d) => d.unemploymentRate,
      (d) => d.population15plus,
    ),
    densityPerKm2: weighted(
      (d) => d.densityPerKm2,
      (d) => d.population,
    ),
  };
}
