import type { WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import { covariates, type DemandProfile } from "./demand-profile.ts";
import type { Forecast } from "./forecast-types.ts";
import { calendarMonth, type MonthIndex } from "./months.ts";
import { fitRidge, predictRidge, type RidgeModel } from "./ridge-regression.ts";

/**
 * Cold start: a forecast for a district that has no history of its own, learnt across the
 * districts that have one. Per category:
 * - level: ridge regression of log(hours per month per resident) over the last 12 months on the
 *   district's make-up (population size, shares of children, youth, people 65+ and 75+, single
 *   senior households, registered disabled people, the employment rate);
 * - season: the category's pooled monthly profile (every district's months over its yearly mean);
 * - trend: the median year-on-year growth of the districts with two years of history;
 * - intervals: on the log scale, the level's leave-one-out error plus month-to-month noise that
 *   shrinks with the size of the figure (var = a + b / expected, fitted to the training months).
 */
export interface TrainingSeries {
  profile: DemandProfile;
  /** Monthly hours in time order; null = not recorded. */
  values: readonly (number | null)[];
  /** The month of the last value. */
  lastMonth: MonthIndex;
}

export interface ColdStartModel {
  category: WorkCategory;
  ridge: RidgeModel;
  /** Multipliers by calendar month (0 = January), mean 1. */
  season: number[];
  /** Yearly growth factor (1.03 = +3% a year). */
  growth: number;
  /** Month-to-month variance on the log scale: a + b / expected hours. */
  noise: { a: number; b: number };
  /** The month the levels were measured to (the training series' last month). */
  levelMonth: MonthIndex;
  regions: number;
}

/** Added before taking logs, so that a month or a district with no demand stays finite. */
const OFFSET = 1;
const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The recorded values of the last `months` months, with their month indices. */
function lastMonths(series: TrainingSeries, months: number): { month: MonthIndex; value: number }[] {
  const out: { month: MonthIndex; value: number }[] = [];
  const n = series.values.length;
  for (let i = Math.max(0, n - months); i < n; i++) {
    const value = series.values[i];
    if (value !== null && value !== undefined && Number.isFinite(value)) {
      out.push({ month: series.lastMonth - (n - 1 - i), value });
    }
  }
  return out;
}

/** Mean monthly hours over the last 12 months (the level the regression learns), null if under 6 recorded. */
export function recentLevel(series: TrainingSeries): number | null {
  const recent = lastMonths(series, 12);
  return recent.length >= 6 ? mean(recent.map((r) => r.value)) : null;
}

export function logPerCapita(level: number, population: number): number {
  return Math.log((level + OFFSET) / Math.max(1, population));
}

export function fromLogPerCapita(y: number, population: number): number {
  return Math.max(0, Math.exp(y) * Math.max(1, population) - OFFSET);
}

function pooledSeason(training: readonly TrainingSeries[]): number[] {
  const sums = new Array<number>(12).fill(0);
  const counts = new Array<number>(12).fill(0);
  for (const series of training) {
    const recent = lastMonths(series, 36);
    const level = mean(recent.map((r) => r.value));
    if (recent.length < 12 || level <= 0) continue;
    // Weighted by size: the shape of a large district's demand is less noisy.
    for (const { month, value } of recent) {
      sums[calendarMonth(month)]! += value;
      counts[calendarMonth(month)]! += level;
    }
  }
  const raw = sums.map((s, m) => (counts[m]! > 0 ? s / counts[m]! : 1));
  const average = mean(raw);
  return raw.map((v) => (average > 0 ? v / average : 1));
}

function pooledGrowth(training: readonly TrainingSeries[]): number {
  const ratios: number[] = [];
  for (const series of training) {
    const recent = lastMonths(series, 24);
    if (recent.length < 20) continue;
    const split = series.lastMonth - 11;
    const last = mean(recent.filter((r) => r.month >= split).map((r) => r.value));
    const before = mean(recent.filter((r) => r.month < split).map((r) => r.value));
    if (last > 0 && before > 0) ratios.push(last / before);
  }
  const growth = median(ratios);
  // A pooled trend beyond ±25% a year would be a data problem, not a trend to extrapolate.
  return Number.isFinite(growth) ? Math.min(1.25, Math.max(0.8, growth)) : 1;
}

/** Least squares of squared log residuals on [1, 1/expected], both parts kept non-negative. */
function fitNoise(points: readonly { expected: number; squared: number }[]): { a: number; b: number } {
  if (points.length < 3) return { a: 0.05, b: 1 };
  const xs = points.map((p) => 1 / Math.max(OFFSET, p.expected));
  const ys = points.map((p) => p.squared);
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  let b = sxx > 0 ? sxy / sxx : 0;
  let a = my - b * mx;
  if (b < 0) {
    b = 0;
    a = my;
  }
  if (a < 0) {
    a = 0;
    b = mean(ys.map((y, i) => y / xs[i]!));
  }
  return { a, b };
}

/**
 * Fits the cold-start model of one category on districts with history. Needs at least 8 of them
 * with 6 or more recorded months in their last year.
 */
export function trainColdStart(category: WorkCategory, training: readonly TrainingSeries[]): ColdStartModel {
  const usable = training
    .map((series) => ({ series, level: recentLevel(series) }))
    .filter((t): t is { series: TrainingSeries; level: number } => t.level !== null);
  if (usable.length < 8) {
    throw new Error(
      `cold start for ${category} needs 8 districts with a year of history, got ${usable.length}`,
    );
  }
  const ridge = fitRidge(
    usable.map((t) => covariates(t.series.profile)),
    usable.map((t) => logPerCapita(t.level, t.series.profile.population)),
  );
  const season = pooledSeason(usable.map((t) => t.series));
  const growth = pooledGrowth(usable.map((t) => t.series));
  const points: { expected: number; squared: number }[] = [];
  for (const { series, level } of usable) {
    for (const { month, value } of lastMonths(series, 12)) {
      const expected = level * season[calendarMonth(month)]!;
      points.push({ expected, squared: Math.log((value + OFFSET) / (expected + OFFSET)) ** 2 });
    }
  }
  const levelMonth = Math.max(...usable.map((t) => t.series.lastMonth));
  return {
    category,
    ridge,
    season,
    growth,
    noise: fitNoise(points),
    levelMonth,
    regions: usable.length,
  };
}

/** The predicted mean monthly hours of a district over the model's last year. */
export function predictColdStartLevel(model: ColdStartModel, profile: DemandProfile): number {
  return fromLogPerCapita(predictRidge(model.ridge, covariates(profile)), profile.population);
}

/**
 * Monthly forecast for `horizon` months starting at `firstMonth`, with 80% and 95% intervals.
 * The level is the mean of the model's last year, centred half a year before its last month.
 */
export function coldStartForecast(
  model: ColdStartModel,
  profile: DemandProfile,
  firstMonth: MonthIndex,
  horizon: number,
): Forecast {
  const level = predictColdStartLevel(model, profile);
  const levelCentre = model.levelMonth - 5.5;
  const forecast: Forecast = {
    model: "cold_start",
    mean: [],
    lo80: [],
    hi80: [],
    lo95: [],
    hi95: [],
    notes: [
      `no history of its own: level from ${model.regions} districts' demographics (ridge, λ=${model.ridge.lambda})`,
    ],
  };
  if (profile.estimated.length > 0) forecast.notes.push(`estimated figures: ${profile.estimated.join(", ")}`);
  for (let h = 0; h < horizon; h++) {
    const month = firstMonth + h;
    const expected =
      level * model.season[calendarMonth(month)]! * model.growth ** ((month - levelCentre) / 12);
    const sd = Math.sqrt(
      model.ridge.looRmse ** 2 + model.noise.a + model.noise.b / Math.max(OFFSET, expected),
    );
    const bound = (z: number) => Math.max(0, (expected + OFFSET) * Math.exp(z * sd) - OFFSET);
    forecast.mean.push(expected);
    forecast.lo80.push(bound(-Z80));
    forecast.hi80.push(bound(Z80));
    forecast.lo95.push(bound(-Z95));
    forecast.hi95.push(bound(Z95));
  }
  return forecast;
}
