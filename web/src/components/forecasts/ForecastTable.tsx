import { useTranslation } from "react-i18next";
import { useFormat } from "../../lib/use-format.ts";
import type { SeriesRow } from "./forecast-series.ts";

/** The chart's figures as a table: every month, recorded and forecast, with both intervals. */
export function ForecastTable({
  id,
  rows,
  caption,
}: {
  id: string;
  rows: readonly SeriesRow[];
  caption: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const value = (v: number | null) => (v === null ? "—" : f.number(Math.round(v)));
  const range = (lo: number | null, hi: number | null) =>
    lo === null || hi === null ? "—" : t("forecasts.table.range", { lo: value(lo), hi: value(hi) });
  return (
    <div className="table-wrap forecast-table" id={id}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("forecasts.table.period")}</th>
            <th scope="col">{t("forecasts.table.actual")}</th>
            <th scope="col">{t("forecasts.table.mean")}</th>
            <th scope="col">{t("forecasts.table.interval80")}</th>
            <th scope="col">{t("forecasts.table.interval95")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.period} className={r.mean !== null ? "forecast-table__forecast" : undefined}>
              <th scope="row">{f.period(r.period)}</th>
              <td>{value(r.actual)}</td>
              <td>{value(r.mean)}</td>
              <td>{range(r.lo80, r.hi80)}</td>
              <td>{range(r.lo95, r.hi95)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
