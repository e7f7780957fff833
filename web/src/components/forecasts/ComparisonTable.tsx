import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../lib/use-format.ts";
import type { ComparisonRow, Sort, SortKey } from "./comparison-rows.ts";
import { usePerThousand } from "./use-per-thousand.ts";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "label", label: "region" },
  { key: "population", label: "population" },
  { key: "forecastHours", label: "forecastHours" },
  { key: "forecastPerThousand", label: "forecastPerThousand" },
  { key: "coveredHours", label: "coveredHours" },
  { key: "gapHours", label: "gapHours" },
  { key: "gapPerThousand", label: "gapPerThousand" },
  { key: "growth", label: "growth" },
];

/**
 * The pilot districts side by side. Each column heading is a button that sorts by it (again:
 * the other way); the sorted column carries aria-sort, so a screen reader says how it is sorted.
 */
export function ComparisonTable({
  rows,
  sort,
  onSort,
  caption,
  showGrowth,
}: {
  rows: readonly ComparisonRow[];
  sort: Sort;
  onSort: (next: Sort) => void;
  caption: string;
  showGrowth: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const perK = usePerThousand();
  const columns = showGrowth ? COLUMNS : COLUMNS.filter((c) => c.key !== "growth");
  const hours = (v: number) => f.number(Math.round(v));
  const growth = (v: number | null) =>
    v === null
      ? "—"
      : t("forecasts.compare.growthValue", { value: `${v >= 1 ? "+" : ""}${((v - 1) * 100).toFixed(1)}` });
  function toggle(key: SortKey) {
    if (sort.key === key)
      onSort({ key, direction: sort.direction === "ascending" ? "descending" : "ascending" });
    else onSort({ key, direction: key === "label" ? "ascending" : "descending" });
  }
  return (
    <div className="table-wrap">
      <table className="data-table comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined}>
                <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                  {t(`forecasts.columns.${c.label}`)}
                  <span className="sort-button__mark" aria-hidden="true">
                    {sort.key === c.key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link to={`/forecasts/${r.code}`}>{r.label}</Link>
                {r.coldStart ? (
                  <span className="comparison-table__note">{t("forecasts.compare.coldStart")}</span>
                ) : null}
              </th>
              <td>{f.number(r.population)}</td>
              <td>{hours(r.forecastHours)}</td>
              <td>{perK(r.forecastPerThousand)}</td>
              <td>{hours(r.coveredHours)}</td>
              <td>{hours(r.gapHours)}</td>
              <td>{perK(r.gapPerThousand)}</td>
              {showGrowth ? <td>{growth(r.growth)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
