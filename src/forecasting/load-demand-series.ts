import type { Db } from "../db/client.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import { findDemandSeries, findRegionFigures } from "./demand-observation.repository.ts";
import { loadDemandProfilesFromFiles } from "./demo-history-data.ts";
import { type DemandProfile, demandProfileFromFigures } from "./domain/demand-profile.ts";
import { generateDemoHistory } from "./domain/demo-history.ts";
import { formatMonth, type MonthIndex, monthOf, monthStart } from "./domain/months.ts";

/**
 * Monthly hours series per 시군구 × category with the district's profile, from the database
 * (the preferred source of each series, up to `to`) or, without a database, the synthetic demo
 * history generated from the data files: what the backtest and the cold-start check run on.
 */
export interface DemandSeries {
  regionCode: string;
  category: WorkCategory;
  profile: DemandProfile;
  /** The month of values[0]. */
  firstMonth: MonthIndex;
  values: (number | null)[];
}

export interface SeriesFilter {
  regionCodes?: readonly string[] | undefined;
  categories?: readonly WorkCategory[] | undefined;
}

export async function loadDemandSeriesFromDb(db: Db, to: MonthIndex, filter: SeriesFilter = {}) {
  const figures = new Map((await findRegionFigures(db)).map((f) => [f.regionCode, f]));
  const points = await findDemandSeries(db, {
    regionCodes: filter.regionCodes,
    categories: filter.categories,
    to: monthStart(to),
  });
  const out: DemandSeries[] = [];
  let current: DemandSeries | undefined;
  for (const point of points) {
    const month = monthOf(point.period);
    if (!current || current.regionCode !== point.regionCode || current.category !== point.category) {
      const figure = figures.get(point.regionCode);
      if (!figure) continue;
      current = {
        regionCode: point.regionCode,
        category: point.category,
        profile: demandProfileFromFigures(figure),
        firstMonth: month,
        values: [],
      };
      out.push(current);
    }
    while (current.firstMonth + current.values.length < month) current.values.push(null);
    current.values.push(point.hoursRequested);
  }
  return out;
}

export function loadDemandSeriesFromFiles(filter: SeriesFilter = {}): DemandSeries[] {
  const regions = filter.regionCodes ? new Set(filter.regionCodes) : null;
  const categories = new Set(filter.categories ?? WORK_CATEGORIES);
  return loadDemandProfilesFromFiles()
    .filter((p) => !regions || regions.has(p.regionCode))
    .flatMap((profile) =>
      generateDemoHistory(profile)
        .filter((s) => categories.has(s.category))
        .map((s) => ({
          regionCode: s.regionCode,
          category: s.category,
          profile,
          firstMonth: monthOf(s.months[0]!.period),
          values: s.months.map((m) => m.hoursRequested),
        })),
    );
}

/** "2021-01..2026-10" for the output. */
export function seriesSpan(series: readonly DemandSeries[]): string {
  if (series.length === 0) return "-";
  const first = Math.min(...series.map((s) => s.firstMonth));
  const last = Math.max(...series.map((s) => s.firstMonth + s.values.length - 1));
  return `${formatMonth(first)}..${formatMonth(last)}`;
}
