/**
 * Classical decomposition (a centred moving average, then the average ratio or difference per
 * position in the season) and the seasonality test that Theta uses (the lag-m autocorrelation
 * against its 90% bound, as in Hyndman & Billah's thetaf). Small and well known, so written here.
 */
export interface SeasonalIndices {
  kind: "multiplicative" | "additive";
  /** One index per position in the season, position = (time index) mod seasonLength. */
  index: number[];
}

/** Multiplicative when every value is positive (the usual case for demand), else additive, unless asked. */
export function seasonalIndices(
  y: readonly number[],
  m: number,
  kind?: SeasonalIndices["kind"],
): SeasonalIndices {
  const multiplicative = kind ? kind === "multiplicative" && y.every((v) => v > 0) : y.every((v) => v > 0);
  const trend = centredMovingAverage(y, m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  for (let t = 0; t < y.length; t++) {
    const c = trend[t];
    if (c === undefined || c === null) continue;
    if (multiplicative && c <= 0) continue;
    sums[t % m]! += multiplicative ? y[t]! / c : y[t]! - c;
    counts[t % m]!++;
  }
  const raw = sums.map((s, p) => (counts[p]! > 0 ? s / counts[p]! : multiplicative ? 1 : 0));
  const centre = raw.reduce((a, b) => a + b, 0) / m;
  if (multiplicative) {
    return { kind: "multiplicative", index: raw.map((v) => (centre > 0 && v > 0 ? v / centre : 1)) };
  }
  return { kind: "additive", index: raw.map((v) => v - centre) };
}

/** y with the seasonal component taken out. */
export function deseasonalise(y: readonly number[], s: SeasonalIndices, m: number): number[] {
  return y.map((v, t) => (s.kind === "multiplicative" ? v / s.index[t % m]! : v - s.index[t % m]!));
}

/** The seasonal index at each forecast step after a series of length n. */
export function futureIndices(s: SeasonalIndices, m: number, n: number, horizon: number): number[] {
  return Array.from({ length: horizon }, (_, h) => s.index[(n + h) % m]!);
}

/** The 2×m moving average for even m (m for odd m), centred; null where the window runs off the ends. */
export function centredMovingAverage(y: readonly number[], m: number): (number | null)[] {
  const out: (number | null)[] = new Array(y.length).fill(null);
  const half = Math.floor(m / 2);
  for (let t = half; t < y.length - half; t++) {
    let sum = 0;
    if (m % 2 === 0) {
      sum += 0.5 * y[t - half]! + 0.5 * y[t + half]!;
      for (let k = t - half + 1; k < t + half; k++) sum += y[k]!;
    } else {
      for (let k = t - half; k <= t + half; k++) sum += y[k]!;
    }
    out[t] = sum / m;
  }
  return out;
}

/** Sample autocorrelations at lags 1..maxLag. */
export function autocorrelations(y: readonly number[], maxLag: number): number[] {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  let denominator = 0;
  for (const v of y) denominator += (v - mean) ** 2;
  const out: number[] = [];
  for (let k = 1; k <= maxLag; k++) {
    let s = 0;
    for (let t = k; t < n; t++) s += (y[t]! - mean) * (y[t - k]! - mean);
    out.push(denominator > 0 ? s / denominator : 0);
  }
  return out;
}

/** Is the lag-m autocorrelation significant at the 90% level (two-sided)? */
export function isSeasonal(y: readonly number[], m: number): boolean {
  if (m <= 1 || y.length < 2 * m) return false;
  const r = autocorrelations(y, m);
  let sum = 0;
  for (let k = 0; k < m - 1; k++) sum += r[k]! ** 2;
  const bound = 1.6448536269514722 * Math.sqrt((1 + 2 * sum) / y.length);
  return Math.abs(r[m - 1]!) > bound;
}
