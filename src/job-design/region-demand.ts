import type { Db } from "../db/client.ts";
import { findCoveredHours } from "../forecasting/demand-observation.repository.ts";
import { monthEnd, monthOf, monthStart } from "../forecasting/domain/months.ts";
import {
  type ForecastMethod,
  forecastRegionDemand,
  historyEnd,
} from "../forecasting/forecast-region-demand.ts";
import type { CategoryDemand } from "./domain/category-gap.ts";

/**
 * What job design takes from the forecasting service for one 시군구: per work category, the
 * forecast hours a month averaged over the horizon (with the averages of the 80% bounds, a
 * conservative interval for the average) and the hours a month already covered by open or filled
 * work items over the same months.
 */
export interface RegionDemand {
  /** The last month of history; the horizon starts the month after. */
  asOf: string;
  horizon: number;
  window: { from: string; to: string };
  categories: (CategoryDemand & { method: ForecastMethod; synthetic: boolean; notes: string[] })[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export async function regionDemand(
  db: Db,
  regionCode: string,
  options: { horizon: number; now: Date },
): Promise<RegionDemand> {
  const forecast = await forecastRegionDemand(db, regionCode, options);
  const first = historyEnd(options.now) + 1;
  const last = first + options.horizon - 1;
  const window = { from: monthStart(first), to: monthEnd(last) };
  const covered = new Map(
    (await findCoveredHours(db, window, [regionCode])).map((r) => [r.category, r.hours / options.horizon]),
  );
  return {
    asOf: forecast.asOf,
    horizon: options.horizon,
    window,
    categories: forecast.categories.map((c) => {
      const points = c.forecast.filter((p) => monthOf(p.period) >= first && monthOf(p.period) <= last);
      const mean = (pick: (p: (typeof points)[number]) => number) =>
        points.length > 0
          ? round1(points.reduce((sum, p) => sum + Math.max(0, pick(p)), 0) / points.length)
          : 0;
      return {
        category: c.category,
        demandHours: mean((p) => p.mean),
        demandLo80: mean((p) => p.lo80),
        demandHi80: mean((p) => p.hi80),
        coveredHours: round1(covered.get(c.category) ?? 0),
        method: c.method,
        synthetic: c.synthetic,
        notes: c.notes,
      };
    }),
  };
}
