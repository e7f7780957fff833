import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useRegion } from "../api/regions.ts";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { PilotDistrictButtons } from "../components/region/PilotDistrictButtons.tsx";
import { RegionOverview } from "../components/region/RegionOverview.tsx";
import { RegionSelect } from "../components/region/RegionSelect.tsx";
import { type RegionValue, regionCodeOf, regionValueFromCode } from "../components/region/region-value.ts";
import { useLanguage } from "../i18n/use-language.ts";

const ACTIONS = [
  { to: "/work-items", key: "find" },
  { to: "/residents/new", key: "register" },
  { to: "/organizations/work-items/new", key: "post" },
] as const;

/** Home: what Maeul is, where to start, and the figures of a chosen region. */
export function HomePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get("region") ?? "";
  const value = regionValueFromCode(code);
  const region = useRegion(code || undefined);
  const { pick } = useLanguage();
  function choose(next: RegionValue | string) {
    const nextCode = typeof next === "string" ? next : regionCodeOf(next);
    setParams(nextCode ? { region: nextCode } : {}, { replace: true });
  }
  return (
    <>
      <PageHeader title={t("home.title")} lead={t("home.lead")} />
      <ul className="action-cards">
        {ACTIONS.map((a) => (
          <li key={a.key}>
            <Link to={a.to} className="action-card">
              <span className="action-card__title">{t(`home.actions.${a.key}.title`)}</span>
              <span className="action-card__text">{t(`home.actions.${a.key}.text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section className="panel" aria-labelledby="region-picker-title">
        <h2 id="region-picker-title" className="section-title">
          {t("home.regionTitle")}
        </h2>
        <p className="section-lead">{t("home.regionLead")}</p>
        <RegionSelect fieldKey="home-region" value={value} onChange={choose} />
        <PilotDistrictButtons selected={code} onSelect={choose} />
      </section>
      <p className="visually-hidden" role="status">
        {region.data ? t("home.regionShown", { name: pick(region.data.fullNameKo, region.data.nameEn) }) : ""}
      </p>
      {code ? <RegionOverview code={code} /> : <p className="empty-note">{t("home.noRegion")}</p>}
    </>
  );
}
