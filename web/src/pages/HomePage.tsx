import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { AuthUser } from "../api/auth.ts";
import { useRegion } from "../api/regions.ts";
import { useAuth } from "../app/auth-context.ts";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { PilotDistrictButtons } from "../components/region/PilotDistrictButtons.tsx";
import { RegionOverview } from "../components/region/RegionOverview.tsx";
import { RegionSelect } from "../components/region/RegionSelect.tsx";
import { type RegionValue, regionCodeOf, regionValueFromCode } from "../components/region/region-value.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import { seesProgramRules } from "../lib/navigation.ts";

type ActionKey = "find" | "check" | "register" | "post" | "postSignIn" | "me" | "residents" | "programs";

/** The start cards for who is here: what they can do next (the menu's choices, with a line each). */
function actionsFor(user: AuthUser | null): { to: string; key: ActionKey }[] {
  const actions: { to: string; key: ActionKey }[] = [
    { to: "/work-items", key: "find" },
    { to: "/eligibility", key: "check" },
  ];
  if (!user) {
    actions.push(
      { to: "/residents/new", key: "register" },
      { to: "/login?next=%2Forganizations%2Fwork-items%2Fnew", key: "postSignIn" },
    );
    return actions;
  }
  if (user.role === "resident")
    actions.push(user.residentId ? { to: "/me", key: "me" } : { to: "/residents/new", key: "register" });
  if (can(user, "work_items.create")) actions.push({ to: "/organizations/work-items/new", key: "post" });
  if (can(user, "residents.list")) actions.push({ to: "/residents", key: "residents" });
  if (seesProgramRules(user)) actions.push({ to: "/programs", key: "programs" });
  return actions;
}

/** Home: what Maeul is, where to start, and the figures of a chosen region. */
export function HomePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get("region") ?? "";
  const value = regionValueFromCode(code);
  const region = useRegion(code || undefined);
  const { pick } = useLanguage();
  const { user } = useAuth();
  function choose(next: RegionValue | string) {
    const nextCode = typeof next === "string" ? next : regionCodeOf(next);
    setParams(nextCode ? { region: nextCode } : {}, { replace: true });
  }
  return (
    <>
      <PageHeader title={t("home.title")} lead={t("home.lead")} />
      <ul className="action-cards">
        {actionsFor(user).map((a) => (
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
