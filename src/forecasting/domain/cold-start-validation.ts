import type { WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import {
  coldStartForecast,
  fromLogPerCapita,
  logPerCapita,
  recentLevel,
  type TrainingSeries,
  trainColdStart,
} from "./cold-start.ts";
import { covariates, type DemandProfile } from "./demand-profile.ts";
import { calendarMonth } from "./months.ts";
import { fitRidge, predictRidge } from "./ridge-regression.ts";

/**
 * Leave-one-region-out validation of the cold-start model: each district in turn is treated as
 * new (its own figures withheld from training) and predicted from the others. Reported against
 * the naive answer a planner would otherwise use: the pooled rate per resident × population.
 */
export interface LevelErrors {
  /** Median absolute percentage error of the district's total. */
  medianApe: number;
  /** Root mean squared error of log(1 + total): an error of 0.3 is about ±35%. */
  rmsle: number;
  /** Σ|predicted − actual| / Σ actual over districts. */
  wape: number;
}

export interface HistoryLooResult {
  category: WorkCategory;
  regions: number;
  model: LevelErrors;
  perCapita: LevelErrors;
  /** Share of held-out months inside the model's 80% and 95% intervals. */
  coverage80: number;
  coverage95: number;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function levelErrors(pairs: readonly { predicted: number; actual: number }[]): LevelErrors {
  const apes = pairs.filter((p) => p.actual > 0).map((p) => Math.abs(p.predicted - p.actual) / p.actual);
  const squaredLog = pairs.map((p) => (Math.log1p(Math.max(0, p.predicted)) - Math.log1p(p.actual)) ** 2);
  const absolute = pairs.reduce((s, p) => s + Math.abs(p.predicted - p.actual), 0);
  const actual = pairs.reduce((s, p) => s + p.actual, 0);
  return {
    medianApe: median(apes),
    rmsle: Math.sqrt(squaredLog.reduce((s, v) => s + v, 0) / Math.max(1, squaredLog.length)),
    wape: actual > 0 ? absolute / actual : Number.NaN,
  };
}

/** Every series cut `months` months short: the history as it stood before the held-out year. */
function truncate(series: TrainingSeries, months: number): TrainingSeries {
  return { ...series, values: series.values.slice(0, -months), lastMonth: series.lastMonth - months };
}

/**
 * For one category: hold out each district in turn, train on the others' history up to a year
 * before the end, forecast the held-out district's last 12 months from its demographics alone,
 * and compare the year's total and the months with what was recorded.
 */
export function validateColdStartOnHistory(
  category: WorkCategory,
  series: readonly TrainingSeries[],
  holdout = 12,
): HistoryLooResult {
  const eligible = series.filter((s) => s.values.length >= holdout + 12);
  const truncated = eligible.map((s) => truncate(s, holdout));
  const modelPairs: { predicted: number; actual: number }[] = [];
  const baselinePairs: { predicted: number; actual: number }[] = [];
  let inside80 = 0;
  let inside95 = 0;
  let months = 0;
  for (let i = 0; i < eligible.length; i++) {
    const training = truncated.filter((_, j) => j !== i);
    const model = trainColdStart(category, training);
    const target = eligible[i]!;
    const firstMonth = target.lastMonth - holdout + 1;
    const forecast = coldStartForecast(model, target.profile, firstMonth, holdout);
    const actual = target.values.slice(-holdout);

    // The per-capita baseline: the same season and trend, only the level from a pooled rate.
    let hours = 0;
    let people = 0;
    for (const t of training) {
      const level = recentLevel(t);
      if (level === null) continue;
      hours += level;
      people += t.profile.population;
    }
    const baselineLevel = people > 0 ? (hours / people) * target.profile.population : 0;
    let baselineTotal = 0;
    let modelTotal = 0;
    let actualTotal = 0;
    for (let h = 0; h < holdout; h++) {
      const month = firstMonth + h;
      const value = actual[h];
      baselineTotal +=
        baselineLevel *
        model.season[calendarMonth(month)]! *
        model.growth ** ((month - (model.levelMonth - 5.5)) / 12);
      modelTotal += forecast.mean[h]!;
      if (value === null || value === undefined) continue;
      actualTotal += value;
      months++;
      if (value >= forecast.lo80[h]! && value <= forecast.hi80[h]!) inside80++;
      if (value >= forecast.lo95[h]! && value <= forecast.hi95[h]!) inside95++;
    }
    modelPairs.push({ predicted: modelTotal, actual: actualTotal });
    baselinePairs.push({ predicted: baselineTotal, actual: actualTotal });
  }
  return {
    category,
    regions: eligible.length,
    model: levelErrors(modelPairs),
    perCapita: levelErrors(baselinePairs),
    coverage80: months > 0 ? inside80 / months : Number.NaN,
    coverage95: months > 0 ? inside95 / months : Number.NaN,
  };
}

/** One district in a cross-section: its make-up and one figure (e.g. 2022 senior jobs). */
export interface CrossSectionUnit {
  profile: DemandProfile;
  value: number;
}

export interface CrossSectionLooResult {
  regions: number;
  model: LevelErrors;
  perCapita: LevelErrors;
  /** A second, stronger naive answer for senior programs: the pooled rate per person 65+. */
  perSenior: LevelErrors;
}

/** Leave-one-out on a cross-section: the same regression of log per-capita figure on the covariates. */
export function validateCrossSectionLoo(units: readonly CrossSectionUnit[]): CrossSectionLooResult {
  const x = units.map((u) => covariates(u.profile));
  const y = units.map((u) => logPerCapita(u.value, u.profile.population));
  const model: { predicted: number; actual: number }[] = [];
  const perCapita: { predicted: number; actual: number }[] = [];
  const perSenior: { predicted: number; actual: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    const keep = (_: unknown, j: number) => j !== i;
    const ridge = fitRidge(x.filter(keep), y.filter(keep));
    const unit = units[i]!;
    const others = units.filter(keep);
    const total = others.reduce((s, u) => s + u.value, 0);
    const people = others.reduce((s, u) => s + u.profile.population, 0);
    const seniors = others.reduce((s, u) => s + u.profile.seniors65plus, 0);
    model.push({
      predicted: fromLogPerCapita(predictRidge(ridge, x[i]!), unit.profile.population),
      actual: unit.value,
    });
    perCapita.push({ predicted: (total / people) * unit.profile.population, actual: unit.value });
    perSenior.push({ predicted: (total / seniors) * unit.profile.seniors65plus, actual: unit.value });
  }
  return {
    regions: units.length,
    model: levelErrors(model),
    perCapita: levelErrors(perCapita),
    perSenior: levelErrors(perSenior),
  };
}

/**
 * The profile of a city made of several 일반구 (수원시 = 장안·권선·팔달·영통구): counts add up, the
 * employment rate is weighted by population. Needed where a source counts the city as a whole.
 */
export function mergeProfiles(regionCode: string, parts: readonly DemandProfile[]): DemandProfile {
  const sum = (pick: (p: DemandProfile) => number) => parts.reduce((s, p) => s + pick(p), 0);
  const population = sum((p) => p.population);
  return {
    regionCode,
    population,
    children0to17: sum((p) => p.children0to17),
    youth19to34: sum((p) => p.youth19to34),
    seniors65plus: sum((p) => p.seniors65plus),
    seniors75plus: sum((p) => p.seniors75plus),
    singleSeniorHouseholds: sum((p) => p.singleSeniorHouseholds),
    disabledRegistered: sum((p) => p.disabledRegistered),
    employmentRate: population > 0 ? sum((p) => p.employmentRate * p.population) / population : 0,
    estimated: [...new Set(parts.flatMap((p) => p.estimated))],
  };
}
