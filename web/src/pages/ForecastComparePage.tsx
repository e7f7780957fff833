import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PILOT_DISTRICT_CODES } from "../../../src/demo/pilot-districts.ts";
import { useForecastComparison } from "../api/forecasts.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SyntheticBadge } from "../components/common/SyntheticBadge.tsx";
import { CategoryMatrix } from "../components/forecasts/CategoryMatrix.tsx";
import { CategorySelect } from "../components/forecasts/CategorySelect.tsx";
import { ComparisonBars } from "../components/forecasts/ComparisonBars.tsx";
import { ComparisonTable } from "../components/forecasts/ComparisonTable.tsx";
import { comparisonRows, type Sort, sortRows } from "../components/forecasts/comparison-rows.ts";
import { ForecastNav } from "../components/forecasts/ForecastNav.tsx";
import { type CategoryChoice, isCategoryChoice } from "../components/forecasts/gap-figures.ts";
import { usePerThousand } from "../components/forecasts/use-per-thousand.ts";
import { useRegionLabel } from "../components/forecasts/use-region-label.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { useFormat } from "../lib/use-format.ts";
import { useLabels } from "../lib/use-labels.ts";

/**
 * /forecasts/compare, the ministry's view: the pilot districts side by side for the next 12
 * months: forecast demand, work already covered, the gap, and the same per 1,000 residents, for
 * every category together or one (?category=); a sortable table, a bar chart of the gap per
 * resident in the table's order, and the demand of each category per district.
 */
export function ForecastComparePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const perK = usePerThousand();
  const labels = useLabels();
  const { locale } = useLanguage();
  const regionLabel = useRegionLabel();
  const [params, setParams] = useSearchParams();
  const categoryParam = params.get("category");
  const choice: CategoryChoice = isCategoryChoice(categoryParam) ? categoryParam : "all";
  const [sort, setSort] = useState<Sort>({ key: "gapPerThousand", direction: "descending" });
  const comparison = useForecastComparison(PILOT_DISTRICT_CODES);
  const categoryName = choice === "all" ? t("forecasts.allCategories") : labels.category(choice);

  const data = comparison.data;
  const rows = data ? sortRows(comparisonRows(data.regions, choice, regionLabel), sort, locale) : [];
  const top = [...rows].sort((a, b) => b.gapPerThousand - a.gapPerThousand)[0];
  const bottom = [...rows].sort((a, b) => a.gapPerThousand - b.gapPerThousand)[0];

  return (
    <>
      <PageHeader title={t("forecasts.compare.title")} lead={t("forecasts.compare.lead")} />
      <ForecastNav />
      <section className="panel forecast-filters" aria-labelledby="compare-filters-title">
        <h2 id="compare-filters-title" className="visually-hidden">
          {t("forecasts.compare.filtersTitle")}
        </h2>
        <CategorySelect
          fieldKey="compare-category"
          value={choice}
          onChange={(next) => setParams(next === "all" ? {} : { category: next }, { replace: true })}
        />
      </section>
      {comparison.isLoading ? <LoadingMessage label={t("forecasts.loading")} /> : null}
      {comparison.error ? (
        <ErrorMessage error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : null}
      {data ? (
        <>
          <section className="page-section" aria-labelledby="compare-table-title">
            <h2 id="compare-table-title" className="section-title">
              {t("forecasts.compare.tableTitle", { category: categoryName })}
              {rows.some((r) => r.synthetic) ? <SyntheticBadge /> : null}
            </h2>
            <p className="section-lead">
              {t("forecasts.compare.window", {
                from: f.period(data.window.from.slice(0, 7)),
                to: f.period(data.window.to.slice(0, 7)),
              })}
            </p>
            <ComparisonTable
              rows={rows}
              sort={sort}
              onSort={setSort}
              caption={t("forecasts.compare.tableCaption", { category: categoryName })}
              showGrowth={choice === "all"}
            />
          </section>
          <section className="page-section" aria-labelledby="compare-bars-title">
            <h2 id="compare-bars-title" className="section-title">
              {t("forecasts.compare.barsTitle", { category: categoryName })}
            </h2>
            <ComparisonBars
              rows={rows}
              title={t("forecasts.compare.barsTitle", { category: categoryName })}
              description={
                top && bottom
                  ? t("forecasts.compare.barsDescription", {
                      top: top.label,
                      topValue: perK(top.gapPerThousand),
                      bottom: bottom.label,
                      bottomValue: perK(bottom.gapPerThousand),
                    })
                  : ""
              }
            />
          </section>
          <section className="page-section" aria-labelledby="compare-matrix-title">
            <h2 id="compare-matrix-title" className="section-title">
              {t("forecasts.compare.matrixTitle")}
            </h2>
            <p className="section-lead">{t("forecasts.compare.matrixLead")}</p>
            <CategoryMatrix
              regions={data.regions}
              labelOf={regionLabel}
              caption={t("forecasts.compare.matrixCaption")}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
