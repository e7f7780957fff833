import { useTranslation } from "react-i18next";
import type { AgeBand } from "../../lib/age-bands.ts";
import { useFormat } from "../../lib/use-format.ts";

export function AgeTable({
  bands,
  bandLabel,
}: {
  bands: readonly AgeBand[];
  bandLabel: (b: AgeBand) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = bands.reduce((sum, b) => sum + b.population, 0) || 1;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t("ageChart.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ageChart.colBand")}</th>
            <th scope="col">{t("ageChart.colPopulation")}</th>
            <th scope="col">{t("ageChart.colShare")}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.from}>
              <th scope="row">{bandLabel(b)}</th>
              <td>{f.number(b.population)}</td>
              <td>{f.percent((b.population / total) * 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
