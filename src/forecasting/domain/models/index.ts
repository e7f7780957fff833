import type { Forecast, Forecaster, ForecastInput } from "../forecast-types.ts";
import { fitArima } from "./arima.ts";
import { allFinite, type Bands } from "./bands.ts";
import { COMBINATION_MEMBERS, combineBands } from "./combination.ts";
import { fitEts } from "./ets.ts";
import { type PreparedSeries, prepareSeries } from "./prepare-series.ts";
import { fitSeasonalNaive } from "./seasonal-naive.ts";
import { fitTheta } from "./theta.ts";

/**
 * The model set behind `forecastSeries`, the CLI, the bench and the backtest. Every model goes
 * through the same runner: the series is prepared once (gaps, constant runs, short series; see
 * prepare-series.ts), a fit that throws or returns anything non-finite is replaced by seasonal
 * naive with a note, and when the history is never negative, forecasts and bounds are clipped at 0.
 */
export const MODEL_NAMES = ["seasonal_naive", "theta", "ets", "arima", "combination"] as const;
export type ModelName = (typeof MODEL_NAMES)[number];
export const DEFAULT_MODEL: ModelName = "combination";

export { NoObservationsError } from "./prepare-series.ts";

type Fit = (series: PreparedSeries, horizon: number) => Bands & { notes: string[] };
type SingleModel = Exclude<ModelName, "combination">;

const FITS: Record<SingleModel, Fit> = {
  seasonal_naive: fitSeasonalNaive,
  theta: fitTheta,
  ets: fitEts,
  arima: fitArima,
};

/** Fewer observations than this and every model is the naive forecast. */
const MIN_OBSERVATIONS = 3;

export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}

/** One model's forecast of one series. Throws NoObservationsError when no value is observed. */
export function forecastSeries(input: ForecastInput, model: ModelName = DEFAULT_MODEL): Forecast {
  return forecastModels(input, [model])[model]!;
}

/**
 * Several models on one series, each fitted once (the combination reuses its members' fits):
 * what the bench and the backtest call to compare models on the same data.
 */
export function forecastModels(
  input: ForecastInput,
  models: readonly ModelName[] = MODEL_NAMES,
): Partial<Record<ModelName, Forecast>> {
  const series = prepareSeries(input);
  const fits = new Map<SingleModel, Bands & { notes: string[] }>();
  const fitOf = (name: SingleModel) => {
    let fit = fits.get(name);
    if (!fit) {
      fit = guardedFit(name, series, input.horizon);
      fits.set(name, fit);
    }
    return fit;
  };
  const out: Partial<Record<ModelName, Forecast>> = {};
  for (const model of models) {
    if (model === "combination") {
      const members = COMBINATION_MEMBERS.map(fitOf);
      const notes = COMBINATION_MEMBERS.flatMap((name, i) => members[i]!.notes.map((n) => `${name}: ${n}`));
      out.combination = finish("combination", series, { ...combineBands(members), notes });
    } else {
      out[model] = finish(model, series, fitOf(model));
    }
  }
  return out;
}

export const MODELS: Record<ModelName, Forecaster> = {
  seasonal_naive: (input) => forecastSeries(input, "seasonal_naive"),
  theta: (input) => forecastSeries(input, "theta"),
  ets: (input) => forecastSeries(input, "ets"),
  arima: (input) => forecastSeries(input, "arima"),
  combination: (input) => forecastSeries(input, "combination"),
};

function guardedFit(name: SingleModel, series: PreparedSeries, horizon: number): Bands & { notes: string[] } {
  if (series.constant) return flat(series, horizon);
  if (series.y.length < MIN_OBSERVATIONS) {
    const naive = fitSeasonalNaive({ ...series, seasonLength: 1 }, horizon);
    return {
      ...naive,
      notes:
        name === "seasonal_naive"
          ? naive.notes
          : [`fewer than ${MIN_OBSERVATIONS} observations: naive forecast`, ...naive.notes],
    };
  }
  try {
    const fit = FITS[name](series, horizon);
    if (allFinite(fit)) return fit;
    throw new Error("non-finite forecast");
  } catch (error) {
    if (name === "seasonal_naive") throw error;
    const fallback = fitSeasonalNaive(series, horizon);
    return {
      ...fallback,
      notes: [`${(error as Error).message}: seasonal naive used instead`, ...fallback.notes],
    };
  }
}

function flat(series: PreparedSeries, horizon: number): Bands & { notes: string[] } {
  const value = series.y[series.y.length - 1]!;
  const row = new Array<number>(horizon).fill(value);
  return { mean: row, lo80: [...row], hi80: [...row], lo95: [...row], hi95: [...row], notes: [] };
}

function finish(model: ModelName, series: PreparedSeries, fit: Bands & { notes: string[] }): Forecast {
  const notes = [...series.notes, ...fit.notes];
  const bands: Bands = {
    mean: fit.mean,
    lo80: fit.lo80,
    hi80: fit.hi80,
    lo95: fit.lo95,
    hi95: fit.hi95,
  };
  if (series.nonNegative) {
    let clipped = false;
    for (const key of ["mean", "lo80", "hi80", "lo95", "hi95"] as const) {
      bands[key] = bands[key].map((v) => {
        if (v >= 0) return v;
        clipped = true;
        return 0;
      });
    }
    if (clipped) notes.push("clipped at 0 (the history is never negative)");
  }
  return { model, ...bands, notes };
}
