import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useForecastSummary, useSigunguMap } from "../api/forecasts.ts";
import { useRegions } from "../api/regions.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SyntheticBadge } from "../components/common/SyntheticBadge.tsx";
import { CategorySelect } from "../components/forecasts/CategorySelect.tsx";
import { ForecastNav } from "../components/forecasts/ForecastNav.tsx";
import { GapLegend } from "../components/forecasts/GapLegend.tsx";
import { GapMap, type MapRegion } from "../components/forecasts/GapMap.tsx";
import { GapTable } from "../components/forecasts/GapTable.tsx";
import {
  type CategoryChoice,
  gapClasses,
  gapFigures,
  isCategoryChoice,
} from "../components/forecasts/gap-figures.ts";
import { SidoSelect } from "../components/forecasts/SidoSelect.tsx";
import { useRegionLabel } from "../components/forecasts/use-region-label.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { useFormat } from "../lib/use-format.ts";
import { useLabels } from "../lib/use-labels.ts";

/**
 * /forecasts/map: every 시군구 (or those of one 시도) shaded by the gap between the work forecast
 * for the next 12 months and the work already open or filled, per 1,000 residents; for every
 * category together or one. A region's link opens its forecast; the list below says the same in
 * words. ?sido= and ?category= are in the URL.
 */
export function ForecastMapPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const { pick } = useLanguage();
  const regionLabel = useRegionLabel();
  const [params, setParams] = useSearchParams();
  const sidoParam = params.get("sido") ?? "";
  const sido = /^\d{2}$/.test(sidoParam) ? sidoParam : "";
  const categoryParam = params.get("category");
  const choice: CategoryChoice = isCategoryChoice(categoryParam) ? categoryParam : "all";
  const summary = useForecastSummary(sido || undefined);
  const map = useSigunguMap(sido || undefined);
  const sidos = useRegions("sido");
  const sidoName = sido ? (sidos.data ?? []).find((r) => r.code === sido) : undefined;
  const place = sidoName ? pick(sidoName.nameKo, sidoName.nameEn) : t("region.allSido");
  const categoryName = choice === "all" ? t("forecasts.allCategories") : labels.category(choice);

  function update(next: { sido?: string; category?: CategoryChoice }) {
    const merged = { sido, category: choice, ...next };
    setParams(
      {
        ...(merged.sido ? { sido: merged.sido } : {}),
        ...(merged.category !== "all" ? { category: merged.category } : {}),
      },
      { replace: true },
    );
  }

  const data = summary.data;
  const figures = (data?.regions ?? []).map((r) => ({ region: r, figures: gapFigures(r, choice) }));
  const classes = gapClasses(figures.map((x) => x.figures.gapPerThousand));
  const regions = new Map<string, MapRegion>(
    figures.map(({ region, figures: g }) => [
      region.code,
      {
        code: region.code,
        label: sido ? pick(region.nameKo, region.nameEn) : regionLabel(region),
        figures: g,
        shade: classes.classOf(g.gapPerThousand),
      },
    ]),
  );
  const shapes = map.data?.objects.sigungu.geometries ?? [];
  const missing = shapes.some(
    (g) => !regions.has((g.properties as { code?: string } | undefined)?.code ?? ""),
  );
  const title = t("forecasts.map.mapTitle", { place, category: categoryName });

  return (
    <>
      <PageHeader title={t("forecasts.map.title")} lead={t("forecasts.map.lead")} />
      <ForecastNav />
      <section className="panel forecast-filters" aria-labelledby="map-filters-title">
        <h2 id="map-filters-title" className="visually-hidden">
          {t("forecasts.map.filtersTitle")}
        </h2>
        <SidoSelect fieldKey="map-sido" value={sido} onChange={(next) => update({ sido: next })} />
        <CategorySelect
          fieldKey="map-category"
          value={choice}
          onChange={(next) => update({ category: next })}
        />
      </section>
      <section className="page-section" aria-labelledby="gap-map-title">
        <h2 id="gap-map-title" className="section-title">
          {title}
          {data?.total.synthetic ? <SyntheticBadge /> : null}
        </h2>
        {data ? (
          <p className="section-lead">
            {t("forecasts.map.window", {
              from: f.period(data.window.from.slice(0, 7)),
              to: f.period(data.window.to.slice(0, 7)),
              gap: f.number(Math.round(figures.reduce((sum, x) => sum + x.figures.gapHours, 0))),
            })}
          </p>
        ) : null}
        {summary.isLoading || map.isLoading ? <LoadingMessage label={t("forecasts.map.loading")} /> : null}
        {data && data.complete === false ? (
          <p className="alert alert--info" role="status">
            {t("forecasts.map.computing", { ready: data.progress.ready, total: data.progress.total })}
          </p>
        ) : null}
        {summary.error || map.error ? (
          <ErrorMessage
            error={summary.error ?? map.error}
            onRetry={() => {
              void summary.refetch();
              void map.refetch();
            }}
          />
        ) : null}
        {data && map.data ? (
          <div className="gap-map-layout">
            <GapMap topology={map.data} regions={regions} title={title} showSidoBorders={!sido} />
            <GapLegend thresholds={classes.thresholds} showNone={missing} />
          </div>
        ) : null}
        {data ? (
          <details className="disclosure gap-list">
            <summary>{t("forecasts.map.listToggle", { count: data.regions.length })}</summary>
            <GapTable regions={[...regions.values()]} caption={title} />
          </details>
        ) : null}
      </section>
    </>
  );
}
