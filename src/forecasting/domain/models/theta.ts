import { type Bands, normalBands, scaleBands, shiftBands } from "./bands.ts";
import { logistic, logit, nelderMead } from "./nelder-mead.ts";
import type { PreparedSeries } from "./prepare-series.ts";
import { deseasonalise, futureIndices, isSeasonal, seasonalIndices } from "./seasonality.ts";

/**
 * The Theta method, winner of the M3 competition, in Hyndman & Billah's (2003) form (R's
 * forecast::thetaf): test the lag-m autocorrelation for seasonality, take the season out by
 * classical decomposition, forecast the adjusted series by simple exponential smoothing plus half
 * the slope of its linear trend, put the season back. Written here because it is a few dozen
 * lines and neither `arima` nor `@bsull/augurs` has it. Intervals: those of the underlying SES,
 * σ²·(1 + (h−1)α²) with σ² from its one-step errors, reseasonalised like the mean.
 */
export function fitTheta(series: PreparedSeries, horizon: number): Bands & { notes: string[] } {
  const m = series.seasonLength;
  const n = series.y.length;
  const seasonal = m > 1 && isSeasonal(series.y, m);
  const indices = seasonal ? seasonalIndices(series.y, m) : null;
  const x = indices ? deseasonalise(series.y, indices, m) : series.y;

  const ses = fitSes(x);
  const slope = linearSlope(x);
  const a = ses.alpha;
  const mean = Array.from(
    { length: horizon },
    (_, h) => ses.level + (slope / 2) * (h + (1 - (1 - a) ** n) / a),
  );
  const sd = mean.map((_, h) => Math.sqrt(ses.sigma2 * (1 + h * a * a)));
  let bands = normalBands(mean, sd);
  const notes: string[] = [];
  if (indices) {
    const future = futureIndices(indices, m, n, horizon);
    bands = indices.kind === "multiplicative" ? scaleBands(bands, future) : shiftBands(bands, future);
    if (indices.kind === "additive") notes.push("additive seasonal adjustment (values ≤ 0 present)");
  }
  return { ...bands, notes };
}

/** Simple exponential smoothing with α and the initial level chosen by least squares. */
export function fitSes(x: readonly number[]): { alpha: number; level: number; sigma2: number } {
  const sse = (alpha: number, level0: number) => {
    let level = level0;
    let s = 0;
    for (const v of x) {
      const e = v - level;
      s += e * e;
      level += alpha * e;
    }
    return { s, level };
  };
  const toAlpha = (u: number) => 1e-4 + (0.9999 - 1e-4) * logistic(u);
  const scale = Math.max(1e-9, Math.abs(x[0]!));
  const best = nelderMead(([u, l]) => sse(toAlpha(u!), x[0]! + l! * scale).s, [logit(0.3), 0], {
    maxEvaluations: 150,
  });
  const alpha = toAlpha(best.x[0]!);
  const fitted = sse(alpha, x[0]! + best.x[1]! * scale);
  return { alpha, level: fitted.level, sigma2: fitted.s / Math.max(1, x.length - 2) };
}

/** Least-squares slope of x against time. */
export function linearSlope(x: readonly number[]): number {
  const n = x.length;
  if (n < 2) return 0;
  const tMean = (n - 1) / 2;
  const xMean = x.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    num += (t - tMean) * (x[t]! - xMean);
    den += (t - tMean) ** 2;
  }
  return num / den;
}
