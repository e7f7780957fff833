/**
 * A point forecast with its 80% and 95% prediction intervals, the shape every model fit returns
 * before the runner clips and labels it, and the two ways of building one: from a normal
 * forecast distribution (analytic variances) or from simulated sample paths.
 */
export interface Bands {
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
}

/** Standard normal quantiles for the central 80% and 95% intervals. */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

/** mean ± z·sd, with sd the forecast standard deviation at each horizon. */
export function normalBands(mean: readonly number[], sd: readonly number[]): Bands {
  const s = sd.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  return {
    mean: [...mean],
    lo80: mean.map((m, h) => m - Z80 * s[h]!),
    hi80: mean.map((m, h) => m + Z80 * s[h]!),
    lo95: mean.map((m, h) => m - Z95 * s[h]!),
    hi95: mean.map((m, h) => m + Z95 * s[h]!),
  };
}

/** Intervals from simulated paths (paths[p][h]), around the model's own point forecast. */
export function sampledBands(mean: readonly number[], paths: readonly Float64Array[]): Bands {
  const horizon = mean.length;
  const bands: Bands = { mean: [...mean], lo80: [], hi80: [], lo95: [], hi95: [] };
  const column = new Float64Array(paths.length);
  for (let h = 0; h < horizon; h++) {
    for (let p = 0; p < paths.length; p++) column[p] = paths[p]![h]!;
    column.sort();
    bands.lo80.push(Math.min(mean[h]!, quantile(column, 0.1)));
    bands.hi80.push(Math.max(mean[h]!, quantile(column, 0.9)));
    bands.lo95.push(Math.min(mean[h]!, quantile(column, 0.025)));
    bands.hi95.push(Math.max(mean[h]!, quantile(column, 0.975)));
  }
  return bands;
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const x = p * (n - 1);
  const i = Math.floor(x);
  const f = x - i;
  return i + 1 < n ? sorted[i]! * (1 - f) + sorted[i + 1]! * f : sorted[n - 1]!;
}

/** Each band scaled by a factor per horizon (reseasonalising a forecast made on adjusted data). */
export function scaleBands(bands: Bands, factor: readonly number[]): Bands {
  const f = (xs: number[]) => xs.map((x, h) => x * factor[h]!);
  return {
    mean: f(bands.mean),
    lo80: f(bands.lo80),
    hi80: f(bands.hi80),
    lo95: f(bands.lo95),
    hi95: f(bands.hi95),
  };
}

/** Each band shifted by an offset per horizon (adding an additive seasonal component back). */
export function shiftBands(bands: Bands, offset: readonly number[]): Bands {
  const f = (xs: number[]) => xs.map((x, h) => x + offset[h]!);
  return {
    mean: f(bands.mean),
    lo80: f(bands.lo80),
    hi80: f(bands.hi80),
    lo95: f(bands.lo95),
    hi95: f(bands.hi95),
  };
}

export function allFinite(bands: Bands): boolean {
  return [bands.mean, bands.lo80, bands.hi80, bands.lo95, bands.hi95].every((xs) =>
    xs.every(Number.isFinite),
  );
}
