import type { Db } from "../db/client.ts";
import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import { findRegionFigures, findSeniorJobProjectFigures } from "./demand-observation.repository.ts";
import {
  type CrossSectionLooResult,
  type HistoryLooResult,
  validateColdStartOnHistory,
  validateCrossSectionLoo,
} from "./domain/cold-start-validation.ts";
import { demandProfileFromFigures } from "./domain/demand-profile.ts";
import { type SeniorJobType, seniorJobUnits } from "./domain/senior-job-cross-section.ts";
import type { DemandSeries } from "./load-demand-series.ts";

/**
 * The two leave-one-region-out checks of the cold-start model: on the demand history (each
 * district's last 12 months predicted from the others') and on the real 2022 senior-job counts
 * per district (the only real cross-section of public-job demand we hold).
 */
export function validateColdStartOnSeries(series: readonly DemandSeries[]): HistoryLooResult[] {
  return WORK_CATEGORIES.flatMap((category) => {
    const training = series
      .filter((s) => s.category === category)
      .map((s) => ({
        profile: s.profile,
        values: s.values,
        lastMonth: s.firstMonth + s.values.length - 1,
      }));
    return training.length >= 10 ? [validateColdStartOnHistory(category, training)] : [];
  });
}

export interface SeniorJobValidation {
  type: SeniorJobType | "all";
  result: CrossSectionLooResult;
  jobs: number;
}

export async function validateColdStartOnSeniorJobs(db: Db): Promise<SeniorJobValidation[]> {
  const figures = await findRegionFigures(db);
  const projects = await findSeniorJobProjectFigures(db);
  const profiles = new Map(figures.map((f) => [f.regionCode, demandProfileFromFigures(f)]));
  const districts = figures.map((f) => ({ code: f.regionCode, cityNameKo: f.cityNameKo }));
  return (["all", "public_interest", "social_service", "market"] as const).map((type) => {
    const units = seniorJobUnits(projects, districts, profiles, type);
    return { type, result: validateCrossSectionLoo(units), jobs: units.reduce((s, u) => s + u.value, 0) };
  });
}
