/**
 * The contract every forecasting model in src/forecasting/domain/models honours, so that the
 * backtest, the CLI, the bench and the region service can treat models alike.
 */
export interface ForecastInput {
  /** Observations in time order; null marks a missing period. */
  values: readonly (number | null)[];
  /** 12 for monthly data, 4 for quarterly, 1 when there is no seasonality to use. */
  seasonLength: number;
  /** How many periods ahead to forecast (≥ 1). */
  horizon: number;
}

export interface Forecast {
  /** The model that produced it, e.g. "seasonal_naive", "theta", "ets", "arima", "combination". */
  model: string;
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
  /** Plain notes about what the model did with awkward input ("constant series", "3 missing filled"). */
  notes: string[];
}

export type Forecaster = (input: ForecastInput) => Forecast;
