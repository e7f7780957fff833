import { SeededRandom } from "../../shared/domain/seeded-random.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import type { DemandProfile } from "./demand-profile.ts";
import { calendarMonth, formatMonth, type MonthIndex, monthOf } from "./months.ts";

/**
 * SYNTHETIC demand history for the demo: monthly observations per 시군구 × work category from
 * 2021-01 to 2026-10, generated deterministically (seeded by region and category) from the
 * region's real demographics. Nothing here was observed; every row it produces is stored with
 * source "synthetic" and synthetic = true.
 *
 * How a month's figure comes about (documented in data/SOURCES.md):
 * 1. level: hours per month a district of this make-up needs, the sum of per-person rates over
 *    the groups that drive the category (single seniors and the very old for care, children
 *    for education, …), times a region effect the demographics do not explain (log-normal,
 *    sd 0.2) so that a cold-start model cannot be exact;
 * 2. seasonality: a fixed 12-month profile per category (environment peaks in summer and
 *    autumn, care in winter, education follows the school terms);
 * 3. trend: yearly growth per category (care grows with the share of seniors, digital help
 *    grows, education shrinks with the number of children), anchored at 2025;
 * 4. noise: an AR(1) wobble on the log scale, then the number of work items posted is a Poisson
 *    draw, so that small categories in small districts have months with zero;
 * 5. filled items are a binomial draw with a fill rate that is lower in rural districts, and
 *    unmet requests (asked for, never posted) a Poisson draw.
 */
export const DEMO_HISTORY_START = "2021-01";
export const DEMO_HISTORY_END = "2026-10";
/** Bump when the generator changes, so that existing databases regenerate their demo history. */
export const DEMO_HISTORY_VERSION = "2026-11.1";

export interface DemoMonth {
  /** "2024-07" */
  period: string;
  hoursRequested: number;
  itemsPosted: number;
  itemsFilled: number;
  unmetRequests: number;
}

export interface DemoSeries {
  regionCode: string;
  category: WorkCategory;
  months: DemoMonth[];
}

interface CategoryShape {
  /** Hours per month per person of each group. */
  rates: Partial<Record<DriverName, number>>;
  /** Multipliers January..December (normalised to mean 1 below). */
  season: readonly number[];
  /** Yearly growth; `perSeniorShare` adds growth in proportion to the share of people 65+. */
  growth: number;
  perSeniorShare?: number;
  /** Typical hours of one work item. */
  hoursPerItem: number;
  /** Whether lower employment raises the demand (public work stands in for missing jobs). */
  employmentSensitive?: boolean;
}

type DriverName =
  | "population"
  | "children"
  | "youth"
  | "seniors65"
  | "seniors75"
  | "singleSeniors"
  | "disabled";

const SHAPES: Record<WorkCategory, CategoryShape> = {
  care: {
    rates: { singleSeniors: 0.2, seniors75: 0.03, disabled: 0.04 },
    season: [1.25, 1.2, 1.05, 0.95, 0.9, 0.85, 0.9, 0.9, 0.95, 1.0, 1.05, 1.2],
    growth: 0.01,
    perSeniorShare: 0.12,
    hoursPerItem: 80,
  },
  maintenance: {
    rates: { population: 0.004, seniors65: 0.01 },
    season: [0.8, 0.85, 1.15, 1.2, 1.1, 1.0, 0.9, 0.9, 1.05, 1.15, 1.0, 0.9],
    growth: 0.01,
    hoursPerItem: 40,
  },
  environment: {
    rates: { population: 0.006 },
    season: [0.6, 0.65, 0.85, 1.0, 1.1, 1.25, 1.35, 1.3, 1.25, 1.2, 0.9, 0.7],
    growth: 0.015,
    hoursPerItem: 60,
    employmentSensitive: true,
  },
  safety: {
    rates: { population: 0.003, children: 0.01 },
    season: [1.15, 1.05, 1.2, 1.0, 0.9, 0.9, 1.0, 0.95, 1.1, 0.95, 0.85, 1.1],
    growth: 0.005,
    hoursPerItem: 60,
  },
  culture: {
    rates: { population: 0.0015, youth: 0.004 },
    season: [0.6, 0.7, 0.9, 1.1, 1.3, 1.1, 0.9, 1.0, 1.2, 1.4, 1.0, 0.8],
    growth: 0.02,
    hoursPerItem: 30,
  },
  education: {
    rates: { children: 0.012 },
    season: [0.5, 0.5, 1.2, 1.25, 1.2, 1.15, 0.7, 0.6, 1.2, 1.25, 1.25, 1.0],
    growth: -0.03,
    hoursPerItem: 50,
  },
  sports: {
    rates: { population: 0.001, children: 0.003 },
    season: [0.6, 0.65, 1.0, 1.25, 1.3, 1.1, 0.9, 0.9, 1.2, 1.3, 1.0, 0.7],
    growth: 0.01,
    hoursPerItem: 30,
  },
  admin_support: {
    rates: { population: 0.004 },
    season: [1.3, 1.2, 1.05, 0.95, 0.9, 0.95, 0.9, 0.85, 0.95, 0.95, 0.95, 1.2],
    growth: 0.0,
    hoursPerItem: 80,
    employmentSensitive: true,
  },
  digital_help: {
    rates: { seniors65: 0.008 },
    season: [1.2, 1.15, 1.1, 1.0, 0.95, 0.9, 0.9, 0.9, 0.95, 1.0, 0.95, 1.0],
    growth: 0.06,
    hoursPerItem: 20,
  },
};

/** The generator's seasonal profile per category (mean 1), for tests and documentation. */
export function demoSeasonality(category: WorkCategory): number[] {
  const season = SHAPES[category].season;
  const mean = season.reduce((s, v) => s + v, 0) / season.length;
  return season.map((v) => v / mean);
}

function driverCount(profile: DemandProfile, driver: DriverName): number {
  switch (driver) {
    case "population":
      return profile.population;
    case "children":
      return profile.children0to17;
    case "youth":
      return profile.youth19to34;
    case "seniors65":
      return profile.seniors65plus;
    case "seniors75":
      return profile.seniors75plus;
    case "singleSeniors":
      return profile.singleSeniorHouseholds;
    case "disabled":
      return profile.disabledRegistered;
  }
}

/** Hours per month the demographics alone call for, in 2025, before the region effect. */
export function demographicLevel(profile: DemandProfile, category: WorkCategory): number {
  const shape = SHAPES[category];
  let hours = 0;
  for (const [driver, rate] of Object.entries(shape.rates) as [DriverName, number][]) {
    hours += rate * driverCount(profile, driver);
  }
  // 62.7% is the national employment rate: 10 points lower → about 22% more public work.
  if (shape.employmentSensitive) hours *= Math.exp(-0.02 * (profile.employmentRate - 62.7));
  return hours;
}

function gaussian(random: SeededRandom): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function poisson(random: SeededRandom, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

function binomial(random: SeededRandom, n: number, p: number): number {
  if (n > 60) {
    const mean = n * p;
    const sd = Math.sqrt(n * p * (1 - p));
    return Math.min(n, Math.max(0, Math.round(mean + sd * gaussian(random))));
  }
  let k = 0;
  for (let i = 0; i < n; i++) if (random.next() < p) k++;
  return k;
}

const ANCHOR_MONTH = monthOf("2025-06");

export interface DemoHistoryOptions {
  /** Inclusive, "YYYY-MM"; default 2021-01 .. 2026-10. */
  from?: string;
  to?: string;
}

/** One series per work category for one region; the same profile always gives the same numbers. */
export function generateDemoHistory(profile: DemandProfile, options: DemoHistoryOptions = {}): DemoSeries[] {
  return WORK_CATEGORIES.map((category) => generateDemoSeries(profile, category, options));
}

export function generateDemoSeries(
  profile: DemandProfile,
  category: WorkCategory,
  options: DemoHistoryOptions = {},
): DemoSeries {
  const shape = SHAPES[category];
  const season = demoSeasonality(category);
  const random = new SeededRandom(`demand:${profile.regionCode}:${category}`);
  const from = monthOf(options.from ?? DEMO_HISTORY_START);
  const to = monthOf(options.to ?? DEMO_HISTORY_END);
  const seniorShare = profile.population > 0 ? profile.seniors65plus / profile.population : 0;

  // Drawn in a fixed order so that changing the date range does not change the region's character.
  const regionEffect = Math.exp(0.2 * gaussian(random));
  const growth = shape.growth + (shape.perSeniorShare ?? 0) * seniorShare + 0.01 * gaussian(random);
  const rural = profile.population < 100_000;
  const fillRate = Math.min(0.97, Math.max(0.5, (rural ? 0.72 : 0.86) + 0.05 * gaussian(random)));
  const unmetShare = (rural ? 0.18 : 0.08) * Math.exp(0.3 * gaussian(random));
  const level = demographicLevel(profile, category) * regionEffect;

  // The AR(1) wobble starts from its stationary spread.
  const phi = 0.6;
  const innovation = 0.07;
  let wobble = (innovation / Math.sqrt(1 - phi * phi)) * gaussian(random);
  const months: DemoMonth[] = [];
  for (let month: MonthIndex = monthOf(DEMO_HISTORY_START); month <= to; month++) {
    wobble = phi * wobble + innovation * gaussian(random);
    const years = (month - ANCHOR_MONTH) / 12;
    const expectedHours = level * season[calendarMonth(month)]! * (1 + growth) ** years * Math.exp(wobble);
    const itemsPosted = poisson(random, expectedHours / shape.hoursPerItem);
    const hoursNoise = Math.exp((0.15 / Math.sqrt(Math.max(1, itemsPosted))) * gaussian(random));
    const hoursRequested = itemsPosted === 0 ? 0 : Math.round(itemsPosted * shape.hoursPerItem * hoursNoise);
    const itemsFilled = binomial(random, itemsPosted, fillRate);
    const unmetRequests = poisson(random, (expectedHours / shape.hoursPerItem) * unmetShare);
    if (month >= from) {
      months.push({ period: formatMonth(month), hoursRequested, itemsPosted, itemsFilled, unmetRequests });
    }
  }
  return { regionCode: profile.regionCode, category, months };
}
