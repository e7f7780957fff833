import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../lib/use-format.ts";
import type { MapRegion } from "./GapMap.tsx";
import { usePerThousand } from "./use-per-thousand.ts";

/**
 * The map as a list: every region with its forecast, covered hours and gap, the largest shortage
 * per resident first; each name opens the region's forecast. For screen readers and for anyone
 * who would rather read figures than shades.
 */
export function GapTable({ regions, caption }: { regions: readonly MapRegion[]; caption: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const perK = usePerThousand();
  const sorted = [...regions].sort(
    (a, b) => (b.figures?.gapPerThousand ?? -Infinity) - (a.figures?.gapPerThousand ?? -Infinity),
  );
  const hours = (v: number | undefined) => (v === undefined ? "—" : f.number(Math.round(v)));
  return (
    <div className="table-wrap">
      <table className="data-table gap-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("forecasts.columns.region")}</th>
            <th scope="col">{t("forecasts.columns.forecastHours")}</th>
            <th scope="col">{t("forecasts.columns.coveredHours")}</th>
            <th scope="col">{t("forecasts.columns.gapHours")}</th>
            <th scope="col">{t("forecasts.columns.gapPerThousand")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link to={`/forecasts/${r.code}`}>{r.label}</Link>
              </th>
              <td>{hours(r.figures?.forecastHours)}</td>
              <td>{hours(r.figures?.coveredHours)}</td>
              <td>{hours(r.figures?.gapHours)}</td>
              <td>{r.figures ? perK(r.figures.gapPerThousand) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
