import { createHash } from "node:crypto";
import type { Db } from "../db/client.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import {
  type ForecastKey,
  findStoredDigests,
  type NewStoredForecast,
  relabelForecasts,
  storeForecasts,
} from "./demand-forecast.repository.ts";
import {
  findDemandSeries,
  findRegionFigures,
  MIN_HISTORY_MONTHS,
  type SeriesPoint,
} from "./demand-observation.repository.ts";
import {
  type ColdStartModel,
  coldStartForecast,
  type TrainingSeries,
  trainColdStart,
} from "./domain/cold-start.ts";
import { type DemandProfile, demandProfileFromFigures } from "./domain/demand-profile.ts";
import type { Forecast, ForecastInput } from "./domain/forecast-types.ts";
import { formatMonth, type MonthIndex, monthOf, monthStart } from "./domain/months.ts";
import type { SeriesResult } from "./forecast-batch.ts";
import { forecastInWorkers } from "./forecast-in-workers.ts";

/**
 * Fits the forecasts of some 시군구 from the observations, for storing (the forecast job's chunks
 * and the service's on-request fallback): per category the combination model with at least 24
 * months of history, the cold start below. Each result carries the SHA-256 of everything it
 * depends on; a category whose stored result has the same digest is not fitted again, only
 * carried to the new data version (an import for one district refits that district alone).
 */

/** Bump when the models in domain/models or the preparation here change: every stored result is then refitted. */
export const FORECAST_MODEL_VERSION = "2026-11.1";

const SEASON = 12;
/** Months of history the cold-start model learns from (levels, season, growth). */
const TRAINING_MONTHS = 36;

export type RegionFigure = Awaited<ReturnType<typeof findRegionFigures>>[number];

interface ColdStart {
  models: Map<WorkCategory, ColdStartModel | null>;
  /** Digest of the training set (every district's last three years and figures). */
  digest: string;
}

interface DbCache {
  dataVersion: number;
  figures?: Promise<Map<string, RegionFigure>>;
  coldStart: Map<MonthIndex, Promise<ColdStart>>;
}

const caches = new WeakMap<Db, DbCache>();

/** Figures and cold-start models of this database, kept while the data version stays. */
function cacheFor(db: Db, dataVersion: number): DbCache {
  let cache = caches.get(db);
  if (!cache || cache.dataVersion !== dataVersion) {
    cache = { dataVersion, coldStart: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Every 시군구 with figures, by code (cached per data version: the figures are an input too). */
export function regionFigures(db: Db, dataVersion: number): Promise<Map<string, RegionFigure>> {
  const cache = cacheFor(db, dataVersion);
  if (!cache.figures) {
    const figures = findRegionFigures(db).then((rows) => new Map(rows.map((r) => [r.regionCode, r])));
    // A failed query is not kept: the next call asks again.
    figures.catch(() => {
      if (cache.figures === figures) delete cache.figures;
    });
    cache.figures = figures;
  }
  return cache.figures;
}

/** One cold-start model per category, trained on every district's last three years up to `asOf`. */
function coldStartModels(db: Db, dataVersion: number, asOf: MonthIndex): Promise<ColdStart> {
  const cache = cacheFor(db, dataVersion);
  let models = cache.coldStart.get(asOf);
  if (!models) {
    models = (async () => {
      const figures = await regionFigures(db, dataVersion);
      const points = await findDemandSeries(db, {
        from: monthStart(asOf - TRAINING_MONTHS + 1),
        to: monthStart(asOf),
      });
      const hash = createHash("sha256");
      const training = new Map<WorkCategory, TrainingSeries[]>(WORK_CATEGORIES.map((c) => [c, []]));
      for (const group of groupSeries(points)) {
        const figure = figures.get(group.regionCode);
        if (!figure) continue;
        const profile = demandProfileFromFigures(figure);
        const values = new Array<number | null>(TRAINING_MONTHS).fill(null);
        for (const p of group.points)
          values[monthOf(p.period) - (asOf - TRAINING_MONTHS + 1)] = p.hoursRequested;
        hash.update(JSON.stringify([group.regionCode, group.category, profile, values]));
        training.get(group.category)!.push({ profile, values, lastMonth: asOf });
      }
      const out = new Map<WorkCategory, ColdStartModel | null>();
      for (const [category, series] of training) {
        try {
          out.set(category, trainColdStart(category, series));
        } catch {
          // Fewer than 8 districts with a year of history: no cold start for this category.
          out.set(category, null);
        }
      }
      return { models: out, digest: hash.digest("hex") };
    })();
    cache.coldStart.set(asOf, models);
    const kept = models;
    kept.catch(() => {
      if (cache.coldStart.get(asOf) === kept) cache.coldStart.delete(asOf);
    });
  }
  return models;
}

export interface SeriesGroup {
  regionCode: string;
  category: WorkCategory;
  points: SeriesPoint[];
}

/** Points ordered by region, category and period → one group per series. */
function groupSeries(points: readonly SeriesPoint[]): SeriesGroup[] {
  const groups: SeriesGroup[] = [];
  let current: SeriesGroup | undefined;
  for (const point of points) {
    if (!current || current.regionCode !== point.regionCode || current.category !== point.category) {
      current = { regionCode: point.regionCode, category: point.category, points: [] };
      groups.push(current);
    }
    current.points.push(point);
  }
  return groups;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function points(forecast: Forecast, firstMonth: MonthIndex) {
  return forecast.mean.map((mean, h) => ({
    period: formatMonth(firstMonth + h),
    mean: round1(mean),
    lo80: round1(forecast.lo80[h]!),
    hi80: round1(forecast.hi80[h]!),
    lo95: round1(forecast.lo95[h]!),
    hi95: round1(forecast.hi95[h]!),
  }));
}

type Content = Pick<
  NewStoredForecast,
  "method" | "source" | "synthetic" | "observedMonths" | "historyEnd" | "notes" | "history" | "forecast"
>;

interface PreparedCategory {
  regionCode: string;
  category: WorkCategory;
  base: Pick<Content, "source" | "synthetic" | "observedMonths" | "historyEnd" | "history">;
  /** The series to forecast by the combination, when it has enough history. */
  input?: ForecastInput;
  last: MonthIndex;
  digest: string;
}

function prepareCategory(
  regionCode: string,
  category: WorkCategory,
  group: SeriesGroup | undefined,
  asOf: MonthIndex,
  horizon: number,
): Omit<PreparedCategory, "digest"> {
  const observed = group?.points ?? [];
  const first = observed.length > 0 ? monthOf(observed[0]!.period) : asOf + 1;
  const last = observed.length > 0 ? monthOf(observed.at(-1)!.period) : asOf;
  const values = new Array<number | null>(Math.max(0, last - first + 1)).fill(null);
  for (const p of observed) values[monthOf(p.period) - first] = p.hoursRequested;
  const base = {
    source: observed[0]?.source ?? null,
    synthetic: observed.some((p) => p.synthetic),
    observedMonths: observed.length,
    historyEnd: observed.length > 0 ? monthStart(last) : null,
    history: values.map((hours, i) => ({ period: formatMonth(first + i), hours })),
  };
  if (observed.length < MIN_HISTORY_MONTHS) return { regionCode, category, base, last };
  // From the month after the last record to `horizon` months after asOf: a series that stopped
  // early is carried over the months it misses.
  return {
    regionCode,
    category,
    base,
    last,
    input: { values, seasonLength: SEASON, horizon: asOf + horizon - last },
  };
}

function finishCategory(
  prepared: PreparedCategory,
  combination: Forecast | null,
  profile: DemandProfile,
  coldStart: ColdStartModel | null,
  asOf: MonthIndex,
  horizon: number,
): Content {
  const { base, last } = prepared;
  if (prepared.input) {
    if (!combination) {
      return { ...base, method: "none", forecast: [], notes: ["the models could not fit this series"] };
    }
    const notes = [...combination.notes];
    if (last < asOf) notes.unshift(`no record after ${formatMonth(last)}: forecast from there`);
    return { ...base, method: "combination", forecast: points(combination, last + 1), notes };
  }
  if (!coldStart) {
    return {
      ...base,
      method: "none",
      forecast: [],
      notes: [
        `${base.observedMonths} months recorded (under ${MIN_HISTORY_MONTHS}) and too few districts with history to learn a cold start`,
      ],
    };
  }
  const forecast = coldStartForecast(coldStart, profile, asOf + 1, horizon);
  return {
    ...base,
    method: "cold_start",
    forecast: points(forecast, asOf + 1),
    notes: [
      `${base.observedMonths} months recorded (under ${MIN_HISTORY_MONTHS}): cold start`,
      ...forecast.notes,
    ],
  };
}

export interface ComputeOptions {
  /** The last month of history. */
  asOf: MonthIndex;
  horizon: number;
  dataVersion: number;
  /** Fits the combination on many series (the job's thread pool); default: inline or threads by count. */
  fitSeries?: (inputs: ForecastInput[]) => Promise<SeriesResult[]>;
  /** The job's run, recorded on what it fits. */
  runId?: string | null;
}

export interface ComputedForecasts {
  /** The districts that exist (unknown codes are left out). */
  regionCodes: string[];
  /** Freshly fitted results, to store. */
  fitted: NewStoredForecast[];
  /** Stored results whose inputs are unchanged, to carry to this data version. */
  unchanged: { regionCode: string; category: WorkCategory; digest: string }[];
}

export function forecastKey(asOf: MonthIndex, horizon: number): ForecastKey {
  return { asOf: monthStart(asOf), horizon, modelVersion: FORECAST_MODEL_VERSION };
}

/**
 * Prepares every category of these districts, compares each input digest with what is stored,
 * and fits only the categories whose inputs changed (or that were never stored).
 */
export async function computeRegionForecasts(
  db: Db,
  regionCodes: readonly string[],
  options: ComputeOptions,
): Promise<ComputedForecasts> {
  const { asOf, horizon, dataVersion } = options;
  const key = forecastKey(asOf, horizon);
  const figures = await regionFigures(db, dataVersion);
  const known = regionCodes.filter((code) => figures.has(code));
  if (known.length === 0) return { regionCodes: [], fitted: [], unchanged: [] };
  const groups = groupSeries(await findDemandSeries(db, { regionCodes: known, to: monthStart(asOf) }));
  const byKey = new Map(groups.map((g) => [`${g.regionCode}|${g.category}`, g]));
  const drafts = known.flatMap((code) =>
    WORK_CATEGORIES.map((category) =>
      prepareCategory(code, category, byKey.get(`${code}|${category}`), asOf, horizon),
    ),
  );
  const coldStart = drafts.some((d) => !d.input) ? await coldStartModels(db, dataVersion, asOf) : null;
  const prepared: PreparedCategory[] = drafts.map((d) => ({
    ...d,
    digest: digestOf(
      d,
      key,
      d.input ? null : { coldStart: coldStart!.digest, figure: figures.get(d.regionCode)! },
    ),
  }));

  const stored = await findStoredDigests(db, { ...key, regionCodes: known });
  const unchanged: ComputedForecasts["unchanged"] = [];
  const todo: PreparedCategory[] = [];
  for (const p of prepared) {
    const hit = stored.get(`${p.regionCode}|${p.category}`);
    if (hit?.digest === p.digest) {
      if (hit.dataVersion < dataVersion)
        unchanged.push({ regionCode: p.regionCode, category: p.category, digest: p.digest });
    } else todo.push(p);
  }

  const inputs = todo.flatMap((p) => (p.input ? [p.input] : []));
  const fitSeries =
    options.fitSeries ?? ((i: ForecastInput[]) => forecastInWorkers(i, { models: ["combination"] }));
  const results = inputs.length > 0 ? await fitSeries(inputs) : [];
  let next = 0;
  const fitted = todo.map((p): NewStoredForecast => {
    const result = p.input ? results[next++] : undefined;
    const combination = result?.ok ? (result.forecasts.combination ?? null) : null;
    const figure = figures.get(p.regionCode)!;
    const content = finishCategory(
      p,
      combination,
      demandProfileFromFigures(figure),
      coldStart?.models.get(p.category) ?? null,
      asOf,
      horizon,
    );
    return {
      ...key,
      regionCode: p.regionCode,
      category: p.category,
      dataVersion,
      inputDigest: p.digest,
      runId: options.runId ?? null,
      ...content,
    };
  });
  return { regionCodes: known, fitted, unchanged };
}

/** What a category's result depends on, hashed: a stored result with the same digest still holds. */
function digestOf(
  prepared: Omit<PreparedCategory, "digest">,
  key: ForecastKey,
  coldStart: { coldStart: string; figure: RegionFigure } | null,
): string {
  const { base, input } = prepared;
  return createHash("sha256")
    .update(
      JSON.stringify([
        key.modelVersion,
        key.asOf,
        key.horizon,
        prepared.regionCode,
        prepared.category,
        base.source,
        base.synthetic,
        base.history,
        input ? "combination" : "cold_start",
        // A cold start depends on every district's history and on this district's figures.
        coldStart ? [coldStart.coldStart, demandProfileFromFigures(coldStart.figure)] : null,
      ]),
    )
    .digest("hex");
}

/** Stores fitted results and carries unchanged ones to the new data version (call in a transaction). */
export async function saveComputedForecasts(
  db: Db,
  computed: Pick<ComputedForecasts, "fitted" | "unchanged">,
  key: ForecastKey & { dataVersion: number },
): Promise<void> {
  await storeForecasts(db, computed.fitted);
  await relabelForecasts(db, { ...key, rows: computed.unchanged });
}
