import { type Bands, normalBands } from "./bands.ts";
import type { PreparedSeries } from "./prepare-series.ts";

/**
 * Seasonal naive: each future month repeats the same month of the last season (plain naive when
 * there is no season). The baseline every other model must beat. Intervals are analytic: with σ²
 * the mean squared seasonal difference in the history, the h-step variance is σ²·(k+1), k being
 * the number of whole seasons before step h (Hyndman & Athanasopoulos, FPP3 §5.5).
 */
export function fitSeasonalNaive(series: PreparedSeries, horizon: number): Bands & { notes: string[] } {
  const { y } = series;
  const m = series.seasonLength;
  const n = y.length;
  const lag = n > m ? m : 1;
  const mean = Array.from({ length: horizon }, (_, h) => y[n - lag + (h % lag)]!);
  let sum = 0;
  let count = 0;
  for (let t = lag; t < n; t++) {
    sum += (y[t]! - y[t - lag]!) ** 2;
    count++;
  }
  const notes: string[] = [];
  if (count === 0) notes.push("a single observation: no interval estimate (zero width)");
  const sigma = count > 0 ? Math.sqrt(sum / count) : 0;
  const sd = mean.map((_, h) => sigma * Math.sqrt(Math.floor(h / lag) + 1));
  return { ...normalBands(mean, sd), notes };
}
