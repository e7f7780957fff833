import { describe, expect, it } from "vitest";
import { WORK_CATEGORIES } from "../../work-items/domain/work-item-vocabulary.ts";
import {
  coldStartForecast,
  predictColdStartLevel,
  recentLevel,
  type TrainingSeries,
  trainColdStart,
} from "./cold-start.ts";
import { validateColdStartOnHistory, validateCrossSectionLoo } from "./cold-start-validation.ts";
import type { DemandProfile } from "./demand-profile.ts";
import { generateDemoSeries } from "./demo-history.ts";
import { monthOf } from "./months.ts";

/** Sixty made-up districts whose make-up varies: the share of people 65+ from 10% to 40%. */
function profiles(): DemandProfile[] {
  return Array.from({ length: 60 }, (_, i) => {
    const population = 30_000 + ((i * 37_919) % 500_000);
    const seniorShare = 0.1 + (0.3 * ((i * 7) % 60)) / 60;
    const seniors = Math.round(population * seniorShare);
    return {
      regionCode: String(80_000 + i),
      population,
      children0to17: Math.round(population * (0.2 - seniorShare / 3)),
      youth19to34: Math.round(population * (0.25 - seniorShare / 3)),
      seniors65plus: seniors,
      seniors75plus: Math.round(seniors * 0.45),
      singleSeniorHouseholds: Math.round(seniors * (0.15 + ((i * 3) % 10) / 50)),
      disabledRegistered: Math.round(population * 0.05),
      employmentRate: 55 + ((i * 11) % 15),
      estimated: [],
    };
  });
}

function careSeries(ps: readonly DemandProfile[]): TrainingSeries[] {
  return ps.map((profile) => {
    const series = generateDemoSeries(profile, "care");
    return {
      profile,
      values: series.months.map((m) => m.hoursRequested),
      lastMonth: monthOf(series.months.at(-1)!.period),
    };
  });
}

describe("cold start", () => {
  const ps = profiles();
  const training = careSeries(ps);

  it("learns care demand from the demographics: more single seniors, more care per resident", () => {
    const model = trainColdStart("care", training);
    expect(model.regions).toBe(60);
    const base = ps[0]!;
    const lonely = { ...base, singleSeniorHouseholds: base.singleSeniorHouseholds * 2 };
    expect(predictColdStartLevel(model, lonely)).toBeGreaterThan(predictColdStartLevel(model, base));
    // The pooled season is the generator's: care peaks in winter.
    expect(model.season[0]!).toBeGreaterThan(model.season[6]!);
    expect(model.season.reduce((s, v) => s + v, 0) / 12).toBeCloseTo(1);
  });

  it("forecasts with ordered, non-negative intervals whose width reflects the level's uncertainty", () => {
    const model = trainColdStart("care", training);
    const forecast = coldStartForecast(model, ps[5]!, monthOf("2026-11"), 12);
    expect(forecast.model).toBe("cold_start");
    expect(forecast.mean).toHaveLength(12);
    for (let h = 0; h < 12; h++) {
      expect(forecast.lo95[h]!).toBeGreaterThanOrEqual(0);
      expect(forecast.lo95[h]!).toBeLessThanOrEqual(forecast.lo80[h]!);
      expect(forecast.lo80[h]!).toBeLessThan(forecast.mean[h]!);
      expect(forecast.mean[h]!).toBeLessThan(forecast.hi80[h]!);
      expect(forecast.hi80[h]!).toBeLessThanOrEqual(forecast.hi95[h]!);
    }
    const truth = recentLevel(training[5]!)!;
    expect(Math.abs(predictColdStartLevel(model, ps[5]!) - truth) / truth).toBeLessThan(0.5);
  });

  it("needs eight districts with a year of history", () => {
    expect(() => trainColdStart("care", training.slice(0, 7))).toThrow(/8 districts/);
  });

  it("beats the per-capita baseline leave-one-out where demand follows the age structure, with honest coverage", () => {
    const result = validateColdStartOnHistory("care", training);
    expect(result.regions).toBe(60);
    expect(result.model.rmsle).toBeLessThan(result.perCapita.rmsle);
    expect(result.coverage80).toBeGreaterThan(0.65);
    expect(result.coverage95).toBeGreaterThan(0.85);
  });

  it("validates a cross-section leave-one-out against per-capita and per-senior baselines", () => {
    // A figure that follows seniors exactly: the per-senior baseline is perfect, per-capita is not.
    const units = ps.map((profile) => ({ profile, value: 0.05 * profile.seniors65plus }));
    const result = validateCrossSectionLoo(units);
    expect(result.perSenior.medianApe).toBeCloseTo(0, 6);
    expect(result.model.medianApe).toBeLessThan(result.perCapita.medianApe);
    expect(WORK_CATEGORIES).toContain("care");
  });
});
