import type { Db } from "../db/client.ts";
import { notFound } from "../shared/errors.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import {
  computeRegionForecasts,
  forecastKey,
  type RegionFigure,
  regionFigures,
  saveComputedForecasts,
} from "./compute-region-forecasts.ts";
import { findStoredForecasts, readDataVersion, type StoredForecast } from "./demand-forecast.repository.ts";
import type { DemandSource } from "./domain/demand-vocabulary.ts";
import { formatMonth, type MonthIndex, monthOfDate } from "./domain/months.ts";

/**
 * The region forecast service: for a 시군구, per work category, the monthly history and a
 * forecast with 80% and 95% intervals. A series with at least 24 recorded months is forecast
 * from its own history by the combination model (ETS + ARIMA + Theta, see domain/models); a
 * shorter one (a new pilot district) by the cold-start model learnt across districts from
 * demographics. History ends with the last complete month before the clock.
 *
 * Results are read from demand_forecasts, where the background job (forecast-refresh.ts) stores
 * every 시군구 for the default horizon; a district or horizon not stored yet for the current
 * data version is fitted on request and stored (compute-region-forecasts.ts), so the next
 * request reads it.
 *
 * Coherence across levels: a 시도's or the nation's forecast is the sum of its 시군구 forecasts
 * (bottom-up, what the summary does by default), so 시군구 sum to 시도 sum to national by
 * construction; the summary can instead reconcile by WLS-structural projection
 * (reconcile-regions.ts).
 */
export const CATEGORY_METHODS = ["combination", "cold_start", "none"] as const;
export type ForecastMethod = (typeof CATEGORY_METHODS)[number];

export interface ForecastPoint {
  period: string;
  mean: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
}

export interface CategoryForecast {
  category: WorkCategory;
  method: ForecastMethod;
  /** Where the history comes from (null: no history at all). */
  source: DemandSource | null;
  /** The history is generated demo data (or derived from it), not observed. */
  synthetic: boolean;
  observedMonths: number;
  history: { period: string; hours: number | null }[];
  forecast: ForecastPoint[];
  notes: string[];
}

export interface RegionDemandForecast {
  regionCode: string;
  nameKo: string;
  nameEn: string;
  fullNameKo: string;
  fullNameEn: string;
  population: number;
  horizon: number;
  /** The last month of history ("2026-02"); forecasts start the month after. */
  asOf: string;
  categories: CategoryForecast[];
}

export interface ForecastOptions {
  horizon: number;
  now: Date;
}

export interface ReadOptions {
  /** Include the monthly history and the notes (default true; the map leaves them out: empty). */
  detail?: boolean;
}

/** The last complete month before `now`. */
export function historyEnd(now: Date): MonthIndex {
  return monthOfDate(now) - 1;
}

export interface StoredRegionForecasts {
  dataVersion: number;
  /** Every known 시군구 asked for, by code, and whether its forecasts are stored. */
  figures: Map<string, RegionFigure>;
  forecasts: Map<string, RegionDemandForecast>;
  /** Known 시군구 with nothing stored for the current data version yet. */
  missing: string[];
}

function toRegionForecast(
  figure: RegionFigure,
  rows: readonly StoredForecast[],
  options: ForecastOptions,
): RegionDemandForecast {
  const byCategory = new Map(rows.map((r) => [r.category, r]));
  return {
    regionCode: figure.regionCode,
    nameKo: figure.nameKo,
    nameEn: figure.nameEn,
    fullNameKo: figure.fullNameKo,
    fullNameEn: figure.fullNameEn,
    population: figure.population,
    horizon: options.horizon,
    asOf: formatMonth(historyEnd(options.now)),
    categories: WORK_CATEGORIES.map((category) => {
      const row = byCategory.get(category)!;
      return {
        category,
        method: row.method,
        source: row.source,
        synthetic: row.synthetic,
        observedMonths: row.observedMonths,
        history: row.history ?? [],
        forecast: row.forecast,
        notes: row.notes ?? [],
      };
    }),
  };
}

/** Stored rows → forecasts of the districts whose every category is there. */
function collect(
  rows: readonly StoredForecast[],
  figures: ReadonlyMap<string, RegionFigure>,
  options: ForecastOptions,
  into: Map<string, RegionDemandForecast>,
) {
  const byRegion = new Map<string, StoredForecast[]>();
  for (const row of rows) {
    const list = byRegion.get(row.regionCode) ?? [];
    list.push(row);
    byRegion.set(row.regionCode, list);
  }
  for (const [code, list] of byRegion) {
    const figure = figures.get(code);
    if (figure && new Set(list.map((r) => r.category)).size === WORK_CATEGORIES.length)
      into.set(code, toRegionForecast(figure, list, options));
  }
}

/**
 * What is stored for these 시군구 at the current data version, without fitting anything. Unknown
 * codes are neither in `forecasts` nor in `missing`.
 */
export async function readStoredForecasts(
  db: Db,
  regionCodes: readonly string[],
  options: ForecastOptions & ReadOptions,
): Promise<StoredRegionForecasts> {
  const dataVersion = await readDataVersion(db);
  const allFigures = await regionFigures(db, dataVersion);
  const figures = new Map(regionCodes.flatMap((c) => (allFigures.has(c) ? [[c, allFigures.get(c)!]] : [])));
  const everyDistrict = figures.size === allFigures.size;
  const rows = await findStoredForecasts(db, {
    ...forecastKey(historyEnd(options.now), options.horizon),
    dataVersion,
    detail: options.detail !== false,
    // The whole country: no list of 250 codes in the query.
    ...(everyDistrict ? {} : { regionCodes: [...figures.keys()] }),
  });
  const forecasts = new Map<string, RegionDemandForecast>();
  collect(rows, figures, options, forecasts);
  return {
    dataVersion,
    figures,
    forecasts,
    missing: [...figures.keys()].filter((code) => !forecasts.has(code)),
  };
}

/**
 * Fits what `stored` is missing, stores it (one transaction), and adds it to `stored.forecasts`.
 * A result another process stored meanwhile for newer data is read back instead.
 */
export async function computeMissingForecasts(
  db: Db,
  stored: StoredRegionForecasts,
  options: ForecastOptions & ReadOptions,
): Promise<void> {
  if (stored.missing.length === 0) return;
  const asOf = historyEnd(options.now);
  const key = { ...forecastKey(asOf, options.horizon), dataVersion: stored.dataVersion };
  const computed = await computeRegionForecasts(db, stored.missing, {
    asOf,
    horizon: options.horizon,
    dataVersion: stored.dataVersion,
  });
  await db.transaction((tx) => saveComputedForecasts(tx as unknown as Db, computed, key));
  const rows = await findStoredForecasts(db, {
    ...key,
    detail: options.detail !== false,
    regionCodes: stored.missing,
  });
  collect(rows, stored.figures, options, stored.forecasts);
  stored.missing = stored.missing.filter((code) => !stored.forecasts.has(code));
}

/**
 * Forecasts of several 시군구 at once: stored ones read, the others fitted and stored. Unknown
 * codes are left out of the answer; callers check.
 */
export async function forecastRegions(
  db: Db,
  regionCodes: readonly string[],
  options: ForecastOptions & ReadOptions,
): Promise<Map<string, RegionDemandForecast>> {
  const stored = await readStoredForecasts(db, regionCodes, options);
  await computeMissingForecasts(db, stored, options);
  return stored.forecasts;
}

const REGION = { ko: "시군구", en: "시군구 (district)" };

/** One 시군구's forecast; 404 when there is no such 시군구. */
export async function forecastRegionDemand(
  db: Db,
  regionCode: string,
  options: { horizon?: number; now?: Date } = {},
): Promise<RegionDemandForecast> {
  const result = await forecastRegions(db, [regionCode], {
    horizon: options.horizon ?? 12,
    now: options.now ?? new Date(),
  });
  const forecast = result.get(regionCode);
  if (!forecast) throw notFound(REGION, regionCode);
  return forecast;
}
