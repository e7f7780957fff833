import type { Forecast, ForecastInput } from "./domain/forecast-types.ts";
import { forecastModels, type ModelName, NoObservationsError } from "./domain/models/index.ts";

/**
 * A batch of series and the models to run on each, as the worker threads and the inline path
 * both take it. One series that cannot be forecast (no observed value) fails alone, with its
 * reason, instead of failing the batch.
 */
export interface ForecastJob {
  inputs: ForecastInput[];
  models: ModelName[];
}

export type SeriesResult =
  | { ok: true; forecasts: Partial<Record<ModelName, Forecast>> }
  | { ok: false; reason: "no_observations" | "failed"; message: string };

export function forecastBatch(job: ForecastJob): SeriesResult[] {
  return job.inputs.map((input) => {
    try {
      return { ok: true, forecasts: forecastModels(input, job.models) };
    } catch (error) {
      if (error instanceof NoObservationsError) {
        return { ok: false, reason: "no_observations", message: error.message };
      }
      return { ok: false, reason: "failed", message: (error as Error).message };
    }
  });
}
