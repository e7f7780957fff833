/**
 * Forecast accuracy measures as the M4 competition defined them, shared by the backtest and the
 * bench: MASE (errors scaled by the in-sample seasonal-naive error, so series of any size can be
 * averaged), sMAPE (in percent), and the share of actual values inside a prediction interval.
 */

/**
 * Mean absolute scaled error. The scale is the mean absolute lag-m difference of the history (lag 1
 * when the history is no longer than a season). Returns null when that scale is 0 (a constant
 * history) and the forecast is not exact either: the ratio is undefined, and callers should leave
 * the series out of averages rather than average an infinity. An exact forecast of a constant
 * history scores 0.
 */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  history: readonly number[],
  seasonLength: number,
): number | null {
  checkLengths(actual, forecast);
  const lag = history.length > seasonLength ? seasonLength : 1;
  let scaleSum = 0;
  let scaleCount = 0;
  for (let t = lag; t < history.length; t++) {
    scaleSum += Math.abs(history[t]! - history[t - lag]!);
    scaleCount++;
  }
  const error = meanAbsoluteError(actual, forecast);
  const scale = scaleCount > 0 ? scaleSum / scaleCount : 0;
  if (scale > 0) return error / scale;
  return error === 0 ? 0 : null;
}

/** Symmetric MAPE in percent (0–200); a step where actual and forecast are both 0 counts as 0. */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  checkLengths(actual, forecast);
  let sum = 0;
  for (let h = 0; h < actual.length; h++) {
    const denominator = Math.abs(actual[h]!) + Math.abs(forecast[h]!);
    if (denominator > 0) sum += (200 * Math.abs(actual[h]! - forecast[h]!)) / denominator;
  }
  return sum / actual.length;
}

/** Share (0–1) of actual values within [lower, upper], bounds included. */
export function intervalCoverage(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): number {
  checkLengths(actual, lower);
  checkLengths(actual, upper);
  let inside = 0;
  for (let h = 0; h < actual.length; h++) {
    if (actual[h]! >= lower[h]! && actual[h]! <= upper[h]!) inside++;
  }
  return inside / actual.length;
}

export function meanAbsoluteError(actual: readonly number[], forecast: readonly number[]): number {
  checkLengths(actual, forecast);
  let sum = 0;
  for (let h = 0; h < actual.length; h++) sum += Math.abs(actual[h]! - forecast[h]!);
  return sum / actual.length;
}

function checkLengths(a: readonly number[], b: readonly number[]) {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`expected two non-empty arrays of equal length, got ${a.length} and ${b.length}`);
  }
}
