import type { Db } from "../db/client.ts";
import { notFound, validationFailed } from "../shared/errors.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import { forecastKey, regionFigures } from "./compute-region-forecasts.ts";
import { hasLiveRun, readDataVersion } from "./demand-forecast.repository.ts";
import { findCoveredHours, findSidoNames } from "./demand-observation.repository.ts";
import { formatMonth, monthEnd, monthOf, monthStart } from "./domain/months.ts";
import { REFRESH_DEFAULTS } from "./forecast-refresh.ts";
import { forecastRefresherFor } from "./forecast-refresher.ts";
import {
  computeMissingForecasts,
  type ForecastMethod,
  type ForecastOptions,
  forecastRegions,
  historyEnd,
  type RegionDemandForecast,
  readStoredForecasts,
} from "./forecast-region-demand.ts";
import { NATION, reconcileWindow } from "./reconcile-regions.ts";

/**
 * What the map and the ministry's comparison show: per region, the hours of work forecast over
 * the horizon, the hours already covered by open or filled work items in the same months, and
 * the gap between them (forecast − covered; negative when more is covered than forecast).
 * 시도 and national figures are sums of their 시군구, so coherent whichever reconciliation is
 * chosen (see SummaryReconciliation).
 */
export interface CategoryGap {
  category: WorkCategory;
  forecastHours: number;
  coveredHours: number;
  gapHours: number;
  method: ForecastMethod;
}

export interface RegionGap {
  code: string;
  nameKo: string;
  nameEn: string;
  population: number;
  forecastHours: number;
  coveredHours: number;
  gapHours: number;
  /** Gap per 1,000 residents: comparable between a 구 of 500,000 and a 군 of 30,000. */
  gapPerThousand: number;
  /** How many categories each method forecast. */
  methods: Record<ForecastMethod, number>;
  /** Some of the history behind these figures is synthetic (the demo). */
  synthetic: boolean;
  categories: CategoryGap[];
}

export interface ForecastSummary {
  level: "sigungu" | "sido";
  sido: string | null;
  horizon: number;
  asOf: string;
  window: { from: string; to: string };
  regions: RegionGap[];
  total: Omit<RegionGap, "code" | "nameKo" | "nameEn" | "categories" | "methods">;
  reconciliation: SummaryReconciliation;
  /**
   * False while the background job is still computing some 시군구: `regions` and `total` then
   * cover the `progress.ready` districts whose forecasts are stored, and the web shows progress.
   */
  complete: boolean;
  progress: { ready: number; total: number };
}

/**
 * A summary of up to this many districts (any one 시도: 경기 has 42, about 2 s to fit) fits its
 * missing districts within the request, so a 시도's map is always whole. A larger one (the
 * national map) with a background job available (here, or running in another process) answers
 * with what is stored and complete: false instead of making the caller wait for the run, or
 * doing the run's work twice.
 */
export const SUMMARY_FIT_LIMIT = 50;

/**
 * bottom_up (default): every 시군구 keeps the forecast its own page shows and parents are sums.
 * wls_structural: parents are forecast too and all levels are projected onto a coherent set
 * (reconcile-regions.ts); a 시군구's figure then depends on its neighbours and may differ from
 * its own page.
 */
export type SummaryReconciliation = "bottom_up" | "wls_structural";

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The first and last day of the forecast months. */
function forecastWindow(options: ForecastOptions): { from: string; to: string } {
  const asOf = historyEnd(options.now);
  return { from: monthStart(asOf + 1), to: monthEnd(asOf + options.horizon) };
}

function regionGap(
  forecast: RegionDemandForecast,
  covered: ReadonlyMap<string, number>,
  window: { from: string; to: string },
  reconciled?: ReadonlyMap<string, number>,
): RegionGap {
  const methods: Record<ForecastMethod, number> = { combination: 0, cold_start: 0, none: 0 };
  const first = monthOf(window.from);
  const last = monthOf(window.to);
  const categories = forecast.categories.map((c) => {
    methods[c.method]++;
    const forecastHours =
      reconciled?.get(`${forecast.regionCode}|${c.category}`) ??
      c.forecast
        .filter((p) => monthOf(p.period) >= first && monthOf(p.period) <= last)
        .reduce((s, p) => s + p.mean, 0);
    const coveredHours = covered.get(`${forecast.regionCode}|${c.category}`) ?? 0;
    return {
      category: c.category,
      forecastHours: round1(forecastHours),
      coveredHours: round1(coveredHours),
      gapHours: round1(forecastHours - coveredHours),
      method: c.method,
    };
  });
  const forecastHours = categories.reduce((s, c) => s + c.forecastHours, 0);
  const coveredHours = categories.reduce((s, c) => s + c.coveredHours, 0);
  return {
    code: forecast.regionCode,
    nameKo: forecast.nameKo,
    nameEn: forecast.nameEn,
    population: forecast.population,
    forecastHours: round1(forecastHours),
    coveredHours: round1(coveredHours),
    gapHours: round1(forecastHours - coveredHours),
    gapPerThousand:
      forecast.population > 0 ? round1(((forecastHours - coveredHours) / forecast.population) * 1000) : 0,
    methods,
    synthetic: forecast.categories.some((c) => c.synthetic),
    categories,
  };
}

/** Adds up 시군구 into one region (a 시도, or the nation). */
function sumGaps(code: string, nameKo: string, nameEn: string, parts: readonly RegionGap[]): RegionGap {
  const methods: Record<ForecastMethod, number> = { combination: 0, cold_start: 0, none: 0 };
  for (const p of parts) for (const m of Object.keys(methods) as ForecastMethod[]) methods[m] += p.methods[m];
  const population = parts.reduce((s, p) => s + p.population, 0);
  const forecastHours = parts.reduce((s, p) => s + p.forecastHours, 0);
  const coveredHours = parts.reduce((s, p) => s + p.coveredHours, 0);
  return {
    code,
    nameKo,
    nameEn,
    population,
    forecastHours: round1(forecastHours),
    coveredHours: round1(coveredHours),
    gapHours: round1(forecastHours - coveredHours),
    gapPerThousand: population > 0 ? round1(((forecastHours - coveredHours) / population) * 1000) : 0,
    methods,
    synthetic: parts.some((p) => p.synthetic),
    categories: WORK_CATEGORIES.map((category) => {
      const of = parts.map((p) => p.categories.find((c) => c.category === category)!);
      const f = of.reduce((s, c) => s + c.forecastHours, 0);
      const cov = of.reduce((s, c) => s + c.coveredHours, 0);
      const counts = new Map<ForecastMethod, number>();
      for (const c of of) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
      const method = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "none";
      return {
        category,
        forecastHours: round1(f),
        coveredHours: round1(cov),
        gapHours: round1(f - cov),
        method,
      };
    }),
  };
}

const SIDO = { ko: "시도", en: "시도 (province)" };

/**
 * The districts' forecasts for a summary: what is stored; the missing ones fitted here when they
 * are few or when no background job is there to do it, else left out (complete: false) while the
 * job in this process is asked to hurry, or the one running in another process finishes.
 */
async function summaryForecasts(
  db: Db,
  codes: readonly string[],
  read: ForecastOptions & { detail: boolean },
): Promise<{ forecasts: Map<string, RegionDemandForecast>; complete: boolean }> {
  const stored = await readStoredForecasts(db, codes, read);
  if (stored.missing.length === 0) return { forecasts: stored.forecasts, complete: true };
  const refresher = forecastRefresherFor(db);
  const background =
    codes.length > SUMMARY_FIT_LIMIT &&
    (refresher !== null ||
      (await hasLiveRun(db, {
        ...forecastKey(historyEnd(read.now), read.horizon),
        dataVersion: stored.dataVersion,
        withinMs: REFRESH_DEFAULTS.leaseMs,
      })));
  if (background) {
    refresher?.request(read.horizon);
    return { forecasts: stored.forecasts, complete: false };
  }
  await computeMissingForecasts(db, stored, read);
  return { forecasts: stored.forecasts, complete: stored.missing.length === 0 };
}

export async function forecastSummary(
  db: Db,
  query: { level: "sigungu" | "sido"; sido?: string | undefined; reconciliation?: SummaryReconciliation },
  options: ForecastOptions,
): Promise<ForecastSummary> {
  const reconciliation = query.reconciliation ?? "bottom_up";
  // The districts' figures, kept in memory while the data version stays.
  const figures = [...(await regionFigures(db, await readDataVersion(db))).values()];
  const inScope = query.sido ? figures.filter((f) => f.parentCode === query.sido) : figures;
  if (query.sido && inScope.length === 0) throw notFound(SIDO, query.sido);
  const codes = inScope.map((f) => f.regionCode);
  const window = forecastWindow(options);
  // The WLS projection builds the parents from the districts' histories; the sums do not need them.
  const read = { ...options, detail: reconciliation === "wls_structural" };
  const { forecasts, complete } = await summaryForecasts(db, codes, read);
  const covered = new Map(
    (await findCoveredHours(db, window, query.sido ? codes : undefined)).map((r) => [
      `${r.regionCode}|${r.category}`,
      r.hours,
    ]),
  );
  const reconciled =
    reconciliation === "wls_structural"
      ? reconcileWindow(
          codes.flatMap((code) => forecasts.get(code) ?? []),
          { first: historyEnd(options.now) + 1, horizon: options.horizon },
          query.sido ?? NATION,
        )
      : undefined;
  const sigungu = codes.flatMap((code) => {
    const f = forecasts.get(code);
    return f ? [regionGap(f, covered, window, reconciled)] : [];
  });
  let regions = sigungu;
  if (query.level === "sido") {
    const names = await findSidoNames(db, [...new Set(sigungu.map((r) => r.code.slice(0, 2)))]);
    regions = [...names].map(([code, name]) =>
      sumGaps(
        code,
        name.ko,
        name.en,
        sigungu.filter((r) => r.code.startsWith(code)),
      ),
    );
  }
  const {
    code: _c,
    nameKo: _k,
    nameEn: _e,
    categories: _cat,
    methods: _m,
    ...total
  } = sumGaps("", "", "", sigungu);
  return {
    level: query.level,
    sido: query.sido ?? null,
    horizon: options.horizon,
    asOf: formatMonth(historyEnd(options.now)),
    window,
    regions,
    total,
    reconciliation,
    complete,
    progress: { ready: forecasts.size, total: codes.length },
  };
}

export const MAX_COMPARED_REGIONS = 20;

export interface RegionComparison {
  horizon: number;
  asOf: string;
  window: { from: string; to: string };
  regions: (RegionGap & {
    /** Hours recorded over the last 12 months of history, per category and in total. */
    lastYearHours: number;
    /** Forecast hours over the next 12 months ÷ the last 12 months' (null when the last year had none). */
    growth: number | null;
  })[];
}

/** The ministry's side-by-side view of pilot districts. */
export async function compareRegions(
  db: Db,
  regionCodes: readonly string[],
  options: ForecastOptions,
): Promise<RegionComparison> {
  const unique = [...new Set(regionCodes)];
  if (unique.length === 0 || unique.length > MAX_COMPARED_REGIONS) {
    throw validationFailed([
      {
        field: "regions",
        reason: unique.length === 0 ? "required" : "too_many",
        messageKo: `비교할 시군구를 1~${MAX_COMPARED_REGIONS}개 고르세요.`,
        messageEn: `Choose 1 to ${MAX_COMPARED_REGIONS} 시군구 to compare.`,
      },
    ]);
  }
  const forecasts = await forecastRegions(db, unique, options);
  const missing = unique.filter((code) => !forecasts.has(code));
  if (missing.length > 0) throw notFound({ ko: "시군구", en: "시군구 (district)" }, missing.join(", "));
  const window = forecastWindow(options);
  const covered = new Map(
    (await findCoveredHours(db, window, unique)).map((r) => [`${r.regionCode}|${r.category}`, r.hours]),
  );
  return {
    horizon: options.horizon,
    asOf: formatMonth(historyEnd(options.now)),
    window,
    regions: unique.map((code) => {
      const forecast = forecasts.get(code)!;
      const gap = regionGap(forecast, covered, window);
      const lastYearHours = forecast.categories.reduce(
        (s, c) => s + c.history.slice(-12).reduce((t, h) => t + (h.hours ?? 0), 0),
        0,
      );
      const asOf = historyEnd(options.now);
      const nextYear = forecast.categories.reduce(
        (s, c) =>
          s +
          c.forecast
            .filter((p) => monthOf(p.period) > asOf && monthOf(p.period) <= asOf + 12)
            .reduce((t, p) => t + p.mean, 0),
        0,
      );
      return {
        ...gap,
        lastYearHours: round1(lastYearHours),
        growth:
          lastYearHours > 0 && options.horizon >= 12
            ? Math.round((nextYear / lastYearHours) * 1000) / 1000
            : null,
      };
    }),
  };
}
