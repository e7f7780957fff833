import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { WORK_CATEGORIES, type WorkCategory } from "../../../src/work-items/domain/work-item-vocabulary.ts";
import { useRegionForecast } from "../api/forecasts.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SyntheticBadge } from "../components/common/SyntheticBadge.tsx";
import { CategoryChips } from "../components/forecasts/CategoryChips.tsx";
import { ForecastChart, ForecastLegend } from "../components/forecasts/ForecastChart.tsx";
import { ForecastFacts } from "../components/forecasts/ForecastFacts.tsx";
import { ForecastNav } from "../components/forecasts/ForecastNav.tsx";
import { ForecastTable } from "../components/forecasts/ForecastTable.tsx";
import { seriesRows, yearOnYear } from "../components/forecasts/forecast-series.ts";
import { Field } from "../components/form/Field.tsx";
import { RegionSelect } from "../components/region/RegionSelect.tsx";
import { type RegionValue, regionValueFromCode } from "../components/region/region-value.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import { useFormat } from "../lib/use-format.ts";
import { useLabels } from "../lib/use-labels.ts";

/** The job-design page of a district (web/src/pages/JobDesignPage.tsx). */
const JOB_DESIGN_PATH = (code: string) => `/job-design?region=${code}`;
const HORIZONS = [6, 12, 24] as const;

function isCategory(value: string | null): value is WorkCategory {
  return (WORK_CATEGORIES as readonly string[]).includes(value ?? "");
}

/**
 * /forecasts/:regionCode: one 시군구's demand per work category, month by month: the recorded
 * history, the forecast and its 80% and 95% intervals, as a chart with a description and, on
 * request, as a table. Public (forecasts are aggregates); ?category= and ?horizon= are in the URL
 * so that a view can be shared.
 */
export function ForecastPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { regionCode = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const category: WorkCategory = isCategory(params.get("category"))
    ? (params.get("category") as WorkCategory)
    : "care";
  const horizonParam = Number(params.get("horizon"));
  const horizon = (HORIZONS as readonly number[]).includes(horizonParam) ? horizonParam : 12;
  const forecast = useRegionForecast(regionCode, horizon);
  // A 시도 chosen without its 시군구 yet (for this page's region only); otherwise the URL's region.
  const [pending, setPending] = useState<{ code: string; sido: string } | null>(null);
  const picked: RegionValue =
    pending?.code === regionCode ? { sido: pending.sido, sigungu: "" } : regionValueFromCode(regionCode);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const valid = /^\d{5}$/.test(regionCode);

  function update(next: { category?: WorkCategory; horizon?: number }) {
    const merged = { category, horizon, ...next };
    setParams(
      {
        ...(merged.category !== "care" ? { category: merged.category } : {}),
        ...(merged.horizon !== 12 ? { horizon: String(merged.horizon) } : {}),
      },
      { replace: true },
    );
  }
  function chooseRegion(next: RegionValue) {
    if (!next.sigungu) {
      setPending({ code: regionCode, sido: next.sido });
      return;
    }
    setPending(null);
    if (next.sigungu !== regionCode) {
      navigate({ pathname: `/forecasts/${next.sigungu}`, search: params.toString() ? `?${params}` : "" });
    }
  }

  const data = forecast.data?.regionCode === regionCode ? forecast.data : undefined;
  const name = data ? pick(data.fullNameKo, data.fullNameEn) : "";
  const series = data?.categories.find((c) => c.category === category);
  const rows = series ? seriesRows(series) : [];
  const categoryName = labels.category(category);

  function description(): string {
    if (!series || !data) return "";
    const parts: string[] = [t("forecasts.chart.descIntro", { name, category: categoryName })];
    const recorded = series.history.filter((h) => h.hours !== null);
    if (recorded.length > 0) {
      parts.push(
        t("forecasts.chart.descHistory", {
          from: f.period(recorded[0]!.period),
          to: f.period(recorded[recorded.length - 1]!.period),
        }),
      );
    } else parts.push(t("forecasts.chart.descNoHistory"));
    const firstForecast = series.forecast[0];
    const lastForecast = series.forecast[series.forecast.length - 1];
    if (firstForecast && lastForecast) {
      parts.push(
        t("forecasts.chart.descForecast", {
          from: f.period(firstForecast.period),
          to: f.period(lastForecast.period),
        }),
      );
    }
    const yoy = yearOnYear(series);
    if (yoy.next !== null)
      parts.push(t("forecasts.chart.descNext", { hours: f.number(Math.round(yoy.next)) }));
    if (yoy.last !== null)
      parts.push(t("forecasts.chart.descLast", { hours: f.number(Math.round(yoy.last)) }));
    return parts.join(" ");
  }

  return (
    <>
      <PageHeader
        title={name ? t("forecasts.region.title", { name }) : t("forecasts.region.titlePlain")}
        lead={t("forecasts.region.lead")}
      />
      <ForecastNav regionCode={valid ? regionCode : undefined} />
      <section className="panel forecast-filters" aria-labelledby="forecast-filters-title">
        <h2 id="forecast-filters-title" className="visually-hidden">
          {t("forecasts.region.filtersTitle")}
        </h2>
        <RegionSelect fieldKey="forecast-region" value={picked} onChange={chooseRegion} sigunguRequired />
        <Field fieldKey="forecast-horizon" label={t("forecasts.horizon")} plain>
          {(props) => (
            <select
              {...props}
              className="select"
              value={horizon}
              onChange={(e) => update({ horizon: Number(e.target.value) })}
            >
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {t("forecasts.horizonMonths", { count: h })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>
      {!valid ? (
        <div className="alert alert--info" role="status">
          <p>{t("forecasts.region.chooseRegion")}</p>
        </div>
      ) : forecast.isLoading || (!data && forecast.isFetching) ? (
        <LoadingMessage label={t("forecasts.loading")} />
      ) : forecast.error || !data ? (
        <ErrorMessage error={forecast.error} onRetry={() => void forecast.refetch()} />
      ) : (
        <section className="page-section forecast-region" aria-labelledby="forecast-category-title">
          <CategoryChips
            categories={data.categories.map((c) => c.category)}
            selected={category}
            onSelect={(next) => update({ category: next })}
          />
          <h2 id="forecast-category-title" className="section-title">
            {t("forecasts.region.categoryTitle", { category: categoryName })}
            {series?.synthetic ? <SyntheticBadge /> : null}
          </h2>
          {series ? (
            <>
              <ForecastFacts series={series} asOf={data.asOf} />
              <figure className="forecast-figure">
                <figcaption className="forecast-figure__caption">
                  <span className="forecast-figure__title">
                    {t("forecasts.chart.title", { name, category: categoryName })}
                  </span>
                  <ForecastLegend />
                </figcaption>
                <ForecastChart
                  rows={rows}
                  title={t("forecasts.chart.title", { name, category: categoryName })}
                  description={description()}
                />
                <p className="forecast-figure__note">{t("forecasts.chart.note")}</p>
              </figure>
              <button
                type="button"
                className="button button--tertiary button--small"
                aria-expanded={showTable}
                aria-controls={tableId}
                onClick={() => setShowTable((shown) => !shown)}
              >
                {showTable ? t("forecasts.table.hide") : t("forecasts.table.show")}
              </button>
              {showTable ? (
                <ForecastTable
                  id={tableId}
                  rows={rows}
                  caption={t("forecasts.table.caption", { name, category: categoryName })}
                />
              ) : null}
            </>
          ) : null}
          {can(user, "job_design.read") ? (
            <p className="forecast-region__next">
              <Link className="button button--secondary" to={JOB_DESIGN_PATH(regionCode)}>
                {t("forecasts.region.jobDesign", { name: pick(data.nameKo, data.nameEn) })}
              </Link>
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
