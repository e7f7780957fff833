import { scaleQuantile } from "d3-scale";
import {
  WORK_CATEGORIES,
  type WorkCategory,
} from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import type { TRegionGap } from "../../api/forecasts.ts";

/**
 * The gap figures the map and the comparison show, for every category together or for one, and
 * the classes the map shades them in.
 */
export type CategoryChoice = WorkCategory | "all";

export function isCategoryChoice(value: string | null): value is CategoryChoice {
  return value === "all" || (WORK_CATEGORIES as readonly string[]).includes(value ?? "");
}

export interface GapFigures {
  forecastHours: number;
  coveredHours: number;
  gapHours: number;
  /** Gap per 1,000 residents: a 구 of 500,000 and a 군 of 30,000 on one scale. */
  gapPerThousand: number;
}

export const perThousand = (hours: number, population: number) =>
  population > 0 ? Math.round((hours / population) * 10_000) / 10 : 0;

export function gapFigures(
  region: Pick<TRegionGap, "population" | "categories"> & GapFigures,
  choice: CategoryChoice,
) {
  if (choice === "all") {
    const { forecastHours, coveredHours, gapHours, gapPerThousand } = region;
    return { forecastHours, coveredHours, gapHours, gapPerThousand };
  }
  const c = region.categories.find((x) => x.category === choice);
  if (!c) return { forecastHours: 0, coveredHours: 0, gapHours: 0, gapPerThousand: 0 };
  return {
    forecastHours: c.forecastHours,
    coveredHours: c.coveredHours,
    gapHours: c.gapHours,
    gapPerThousand: perThousand(c.gapHours, region.population),
  };
}

export const GAP_CLASS_COUNT = 5;

export interface GapClasses {
  /** Upper bounds of the positive classes but the last (ascending); empty when nothing is short. */
  thresholds: number[];
  /** -1: covered (gap ≤ 0); 0 … GAP_CLASS_COUNT − 1: shortage, from least to most. */
  classOf: (value: number) => number;
}

/**
 * Five classes of equal count (quantiles) over the regions that are short of work: the shading
 * then tells districts apart wherever they are, not only the few extremes; a covered region
 * (gap ≤ 0) is a class of its own.
 */
export function gapClasses(values: readonly number[]): GapClasses {
  const short = values.filter((v) => v > 0);
  if (short.length === 0) return { thresholds: [], classOf: () => -1 };
  const scale = scaleQuantile<number>()
    .domain(short)
    .range(Array.from({ length: GAP_CLASS_COUNT }, (_, i) => i));
  const thresholds = scale.quantiles().map((q) => Math.round(q));
  return { thresholds, classOf: (value) => (value <= 0 ? -1 : scale(value)) };
}
