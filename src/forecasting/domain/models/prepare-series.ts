import type { ForecastInput } from "../forecast-types.ts";

/**
 * Turns whatever a caller hands in (gaps, leading blanks, a constant run, too few seasons) into a
 * clean, finite series every model can fit, and says in plain notes what was done. Doing it once
 * here means no model has to guard against null or NaN, and every model treats awkward input the
 * same way, so the combination never mixes two readings of one series.
 */
export interface PreparedSeries {
  /** Finite values, in time order, ending at the forecast origin. */
  y: number[];
  /** The season length the models may use: the caller's, or 1 when the series is too short for it. */
  seasonLength: number;
  /** Every observed value is ≥ 0, so forecasts and bounds below 0 are clipped (demand cannot be negative). */
  nonNegative: boolean;
  /** All values equal: every model gives that value with zero-width intervals. */
  constant: boolean;
  notes: string[];
}

/** Thrown when a series has no observed value at all: there is nothing to forecast from. */
export class NoObservationsError extends Error {
  constructor() {
    super("the series has no observed values");
    this.name = "NoObservationsError";
  }
}

export function prepareSeries(input: ForecastInput): PreparedSeries {
  if (!Number.isInteger(input.horizon) || input.horizon < 1) {
    throw new RangeError(`horizon must be a positive integer, got ${input.horizon}`);
  }
  if (!Number.isInteger(input.seasonLength) || input.seasonLength < 1) {
    throw new RangeError(`seasonLength must be a positive integer, got ${input.seasonLength}`);
  }
  const notes: string[] = [];
  const raw = input.values.map((v) => (v === null || !Number.isFinite(v) ? null : v));
  const nonFinite = input.values.filter((v) => v !== null && !Number.isFinite(v)).length;
  if (nonFinite > 0) notes.push(`${nonFinite} non-finite value(s) treated as missing`);

  const first = raw.findIndex((v) => v !== null);
  if (first < 0) throw new NoObservationsError();
  if (first > 0) notes.push(`${first} leading missing period(s) dropped`);
  const values = raw.slice(first);

  let last = values.length - 1;
  while (values[last] === null) last--;
  const trailing = values.length - 1 - last;

  // Interior gaps: straight line between the neighbours. A seasonal fill would need the season
  // we are about to estimate; a line keeps the level right and the models see the gap as noise.
  let interior = 0;
  for (let i = 1; i < last; i++) {
    if (values[i] !== null) continue;
    let j = i;
    while (values[j] === null) j++;
    const a = values[i - 1]!;
    const b = values[j]!;
    for (let k = i; k < j; k++) values[k] = a + ((b - a) * (k - i + 1)) / (j - i + 1);
    interior += j - i;
    i = j;
  }
  if (interior > 0) notes.push(`${interior} missing period(s) filled by linear interpolation`);

  // Trailing gaps: the forecast origin is the end of the input, so they need values; the same
  // month a season earlier is the best guess we have, else the last observed value.
  const m = input.seasonLength;
  for (let k = last + 1; k < values.length; k++) {
    values[k] = k - m >= 0 && k - m <= last ? values[k - m]! : values[k - 1]!;
  }
  if (trailing > 0) {
    notes.push(
      `${trailing} missing period(s) at the end filled with ${m > 1 && last + 1 - m >= 0 ? "the value a season earlier" : "the last observed value"}`,
    );
  }

  const y = values as number[];
  const observed = raw.filter((v): v is number => v !== null);
  const nonNegative = observed.every((v) => v >= 0);
  const min = Math.min(...y);
  const max = Math.max(...y);
  const constant = max - min <= 1e-12 * Math.max(1, Math.abs(max));
  if (constant) notes.push("constant series: flat forecast with zero-width intervals");

  let seasonLength = m;
  if (m > 1 && y.length < 2 * m) {
    seasonLength = 1;
    notes.push(`shorter than two seasons (${y.length} < ${2 * m} periods): seasonality not modelled`);
  }
  return { y, seasonLength, nonNegative, constant, notes };
}
