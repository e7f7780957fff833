import { z } from "zod";
import { MODEL_NAMES } from "./domain/models/index.ts";

/**
 * The generic file interface of `maeul forecast` (series.csv → forecasts.csv), for any monthly or
 * quarterly series, not only the platform's own. Input columns: series_id, period (YYYY-MM or
 * YYYY-Qn), value (empty = missing). Output columns: FORECAST_OUTPUT_COLUMNS.
 */
export const FREQUENCIES = ["month", "quarter"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const SEASON_LENGTH: Record<Frequency, number> = { month: 12, quarter: 4 };

export const MAX_HORIZON = 120;

export const ZForecastOptions = z.object({
  horizon: z.coerce.number().int().min(1).max(MAX_HORIZON),
  frequency: z.enum(FREQUENCIES).optional(),
  model: z.enum(MODEL_NAMES).default("combination"),
  threads: z.coerce.number().int().min(1).max(64).optional(),
});
export type TForecastOptions = z.infer<typeof ZForecastOptions>;

export const FORECAST_OUTPUT_COLUMNS = [
  "series_id",
  "period",
  "mean",
  "lo80",
  "hi80",
  "lo95",
  "hi95",
  "model",
] as const;

export const ZForecastOutputRow = z.object({
  series_id: z.string().min(1),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/),
  mean: z.number(),
  lo80: z.number(),
  hi80: z.number(),
  lo95: z.number(),
  hi95: z.number(),
  model: z.enum(MODEL_NAMES),
});
export type TForecastOutputRow = z.infer<typeof ZForecastOutputRow>;
