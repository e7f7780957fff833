import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import type { Forecast } from "./domain/forecast-types.ts";
import { forecastSeries } from "./domain/models/index.ts";
import { type MonthIndex, monthOf } from "./domain/months.ts";
import { type HierarchyNode, reconcileForecasts } from "./domain/reconcile.ts";
import type { RegionDemandForecast } from "./forecast-region-demand.ts";

/**
 * The summary's optional WLS-structural reconciliation (domain/reconcile.ts): per category, the
 * aggregate series (each 시도, and the nation when no 시도 is chosen) are forecast from the sums
 * of their 시군구 histories, and every level is then projected onto a coherent set. A 시군구
 * without history of its own (cold start) adds nothing to its parents' histories, so parents are
 * built from what was recorded. Returns the reconciled hours over the window per
 * "code|category" for every node (5-digit 시군구, 2-digit 시도, "KR" for the nation).
 */
export const NATION = "KR";

export function reconcileWindow(
  forecasts: readonly RegionDemandForecast[],
  window: { first: MonthIndex; horizon: number },
  root: string,
): Map<string, number> {
  const sidos = [...new Set(forecasts.map((f) => f.regionCode.slice(0, 2)))].sort();
  const nodes: HierarchyNode[] =
    root === NATION
      ? [
          { id: NATION, parent: null },
          ...sidos.map((id) => ({ id, parent: NATION })),
          ...forecasts.map((f) => ({ id: f.regionCode, parent: f.regionCode.slice(0, 2) })),
        ]
      : [{ id: root, parent: null }, ...forecasts.map((f) => ({ id: f.regionCode, parent: root }))];
  const out = new Map<string, number>();
  const months = Array.from({ length: window.horizon }, (_, h) => window.first + h);

  for (const category of WORK_CATEGORIES) {
    const base = new Map<string, Forecast>();
    const histories = new Map<string, Map<MonthIndex, number>>();
    for (const region of forecasts) {
      const c = region.categories.find((x) => x.category === category)!;
      const byMonth = new Map(c.forecast.map((p) => [monthOf(p.period), p]));
      const pick = (key: "mean" | "lo80" | "hi80" | "lo95" | "hi95") =>
        months.map((m) => byMonth.get(m)?.[key] ?? 0);
      base.set(region.regionCode, {
        model: c.method,
        mean: pick("mean"),
        lo80: pick("lo80"),
        hi80: pick("hi80"),
        lo95: pick("lo95"),
        hi95: pick("hi95"),
        notes: [],
      });
      for (const parent of [region.regionCode.slice(0, 2), ...(root === NATION ? [NATION] : [])]) {
        const sums = histories.get(parent) ?? new Map<MonthIndex, number>();
        for (const h of c.history) {
          if (h.hours === null || monthOf(h.period) >= window.first) continue;
          sums.set(monthOf(h.period), (sums.get(monthOf(h.period)) ?? 0) + h.hours);
        }
        histories.set(parent, sums);
      }
    }
    for (const node of nodes) {
      if (base.has(node.id)) continue;
      const sums = histories.get(node.id) ?? new Map<MonthIndex, number>();
      if (sums.size === 0) {
        const zero = months.map(() => 0);
        base.set(node.id, {
          model: "none",
          mean: zero,
          lo80: zero,
          hi80: zero,
          lo95: zero,
          hi95: zero,
          notes: [],
        });
        continue;
      }
      const first = Math.min(...sums.keys());
      const values = Array.from({ length: window.first - first }, (_, i) => sums.get(first + i) ?? null);
      base.set(node.id, forecastSeries({ values, seasonLength: 12, horizon: window.horizon }, "combination"));
    }
    const coherent = reconcileForecasts(nodes, base, { method: "wls_structural", nonNegative: true });
    for (const [id, forecast] of coherent) {
      out.set(
        `${id}|${category}`,
        forecast.mean.reduce((s, v) => s + v, 0),
      );
    }
  }
  return out;
}
