import { useTranslation } from "react-i18next";
import { WORK_CATEGORIES } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import type { TComparedRegion } from "../../api/forecasts.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { perThousand } from "./gap-figures.ts";
import { usePerThousand } from "./use-per-thousand.ts";

/**
 * Forecast demand of the next year per category and district, per 1,000 residents, so that a
 * rural 군 and a Seoul 구 read on one scale; each district's largest category is marked.
 */
export function CategoryMatrix({
  regions,
  labelOf,
  caption,
}: {
  regions: readonly TComparedRegion[];
  labelOf: (region: TComparedRegion) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  const perK = usePerThousand();
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="data-table category-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("forecasts.columns.region")}</th>
            {WORK_CATEGORIES.map((c) => (
              <th key={c} scope="col">
                {labels.category(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => {
            const values = WORK_CATEGORIES.map((c) =>
              perThousand(r.categories.find((x) => x.category === c)?.forecastHours ?? 0, r.population),
            );
            const largest = Math.max(...values);
            return (
              <tr key={r.code}>
                <th scope="row">{labelOf(r)}</th>
                {values.map((v, i) => (
                  <td
                    key={WORK_CATEGORIES[i]}
                    className={v === largest && v > 0 ? "category-matrix__top" : undefined}
                  >
                    {perK(v)}
                    {v === largest && v > 0 ? (
                      <span className="visually-hidden"> {t("forecasts.compare.largest")}</span>
                    ) : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
