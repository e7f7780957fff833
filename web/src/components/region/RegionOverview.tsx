import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRegion } from "../../api/regions.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { AgeStructureChart } from "./AgeStructureChart.tsx";
import { RegionFigures } from "./RegionFigures.tsx";
import { RegionOutline } from "./RegionOutline.tsx";

/** Everything the home page shows about one region. */
export function RegionOverview({ code }: { code: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const region = useRegion(code);
  if (region.isLoading) return <LoadingMessage />;
  if (region.error || !region.data)
    return <ErrorMessage error={region.error} onRetry={() => void region.refetch()} />;
  const r = region.data;
  const name = pick(r.fullNameKo, r.nameEn);
  return (
    <section className="region-overview" aria-labelledby="region-overview-title">
      <div className="region-overview__head">
        <RegionOutline code={r.code} name={name} />
        <div>
          <h2 id="region-overview-title" className="region-overview__title">
            {name}
          </h2>
          <p className="region-overview__meta">
            {t("home.regionLevel", { level: t(`region.level.${r.level}`), code: r.code })}
          </p>
          <p className="region-overview__meta">{t("home.boundarySource", { version: r.boundaryVersion })}</p>
          <Link className="button button--secondary" to={`/work-items?region=${r.code}`}>
            {t("home.searchHere", { name: pick(r.nameKo, r.nameEn) })}
          </Link>
        </div>
      </div>
      <RegionFigures region={r} />
      <AgeStructureChart
        byAge={r.demographics.populationByAge}
        period={f.period(r.demographics.populationPeriod)}
        source={t("sources.mois")}
      />
    </section>
  );
}
