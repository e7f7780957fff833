import { useTranslation } from "react-i18next";
import type { TJobDesign } from "../../api/job-design.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";

/**
 * Per work category: the forecast hours a month, the hours already covered and the gap between
 * them with its 80% interval, and how the forecast was made (own history or cold start).
 */
export function DemandGapTable({ demand }: { demand: TJobDesign["demand"] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="data-table demand-gap-table">
        <caption className="visually-hidden">{t("jobDesign.demand.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("jobDesign.demand.category")}</th>
            <th scope="col">{t("jobDesign.demand.forecast")}</th>
            <th scope="col">{t("jobDesign.demand.covered")}</th>
            <th scope="col">{t("jobDesign.demand.gap")}</th>
            <th scope="col">{t("jobDesign.demand.interval")}</th>
            <th scope="col">{t("jobDesign.demand.method")}</th>
          </tr>
        </thead>
        <tbody>
          {demand.map((d) => (
            <tr key={d.category}>
              <th scope="row">{labels.category(d.category)}</th>
              <td>{t("jobDesign.hoursPerMonth", { value: f.number(Math.round(d.demandHours)) })}</td>
              <td>{t("jobDesign.hoursPerMonth", { value: f.number(Math.round(d.coveredHours)) })}</td>
              <td className={d.gapHours > 0 ? "demand-gap-table__gap" : undefined}>
                {t("jobDesign.hoursPerMonth", { value: f.number(Math.round(d.gapHours)) })}
              </td>
              <td>
                {t("jobDesign.demand.range", {
                  low: f.number(Math.round(d.gapLo80)),
                  high: f.number(Math.round(d.gapHi80)),
                })}
              </td>
              <td>
                {t(`jobDesign.method.${d.method}`)}
                {d.synthetic ? ` · ${t("jobDesign.demand.synthetic")}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
