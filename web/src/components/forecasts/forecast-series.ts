import type { TCategoryForecast } from "../../api/forecasts.ts";

/**
 * One category's history and forecast as rows by month, shared by the chart and its table so
 * that both always show the same figures.
 */
export interface SeriesRow {
  period: string;
  /** Month index (year × 12 + month − 1), for the chart's x axis. */
  index: number;
  actual: number | null;
  mean: number | null;
  lo80: number | null;
  hi80: number | null;
  lo95: number | null;
  hi95: number | null;
}

export function monthIndex(period: string): number {
  const [year, month] = period.split("-").map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

export function seriesRows(category: TCategoryForecast): SeriesRow[] {
  const none = { mean: null, lo80: null, hi80: null, lo95: null, hi95: null };
  return [
    ...category.history.map((h) => ({
      period: h.period,
      index: monthIndex(h.period),
      actual: h.hours,
      ...none,
    })),
    ...category.forecast.map((p) => ({ ...p, index: monthIndex(p.period), actual: null })),
  ];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The next 12 forecast months against the last 12 recorded ones (null where there is no full
 * year to compare: a horizon under 12 months, or a history with gaps in its last year).
 */
export function yearOnYear(category: TCategoryForecast): {
  next: number | null;
  last: number | null;
  change: number | null;
} {
  const next = category.forecast.length >= 12 ? sum(category.forecast.slice(0, 12).map((p) => p.mean)) : null;
  const lastYear = category.history.slice(-12);
  const complete = lastYear.length === 12 && lastYear.every((h) => h.hours !== null);
  const last = complete ? sum(lastYear.map((h) => h.hours ?? 0)) : null;
  const change = next !== null && last !== null && last > 0 ? next / last - 1 : null;
  return { next, last, change };
}
