import type { TComparedRegion } from "../../api/forecasts.ts";
import { type CategoryChoice, gapFigures, perThousand } from "./gap-figures.ts";

/** One pilot district in the ministry's comparison, for the chosen category (or all together). */
export interface ComparisonRow {
  code: string;
  label: string;
  population: number;
  forecastHours: number;
  forecastPerThousand: number;
  coveredHours: number;
  gapHours: number;
  gapPerThousand: number;
  /** Next 12 months ÷ last 12 (all categories only; the API gives it per district). */
  growth: number | null;
  synthetic: boolean;
  coldStart: boolean;
}

export type SortKey = Exclude<keyof ComparisonRow, "code" | "synthetic" | "coldStart">;
export interface Sort {
  key: SortKey;
  direction: "ascending" | "descending";
}

export function comparisonRows(
  regions: readonly TComparedRegion[],
  choice: CategoryChoice,
  labelOf: (region: TComparedRegion) => string,
): ComparisonRow[] {
  return regions.map((r) => {
    const g = gapFigures(r, choice);
    const methods =
      choice === "all"
        ? r.methods.cold_start > 0
        : r.categories.find((c) => c.category === choice)?.method === "cold_start";
    return {
      code: r.code,
      label: labelOf(r),
      population: r.population,
      forecastHours: g.forecastHours,
      forecastPerThousand: perThousand(g.forecastHours, r.population),
      coveredHours: g.coveredHours,
      gapHours: g.gapHours,
      gapPerThousand: g.gapPerThousand,
      growth: choice === "all" ? r.growth : null,
      synthetic: r.synthetic,
      coldStart: Boolean(methods),
    };
  });
}

/** Sorted copy; names in the language's order, missing figures last either way. */
export function sortRows(rows: readonly ComparisonRow[], sort: Sort, locale: string): ComparisonRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === "label") return sign * a.label.localeCompare(b.label, locale);
    const va = a[sort.key];
    const vb = b[sort.key];
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (va - vb);
  });
}
