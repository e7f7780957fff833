import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { TResident } from "../api/residents.ts";
import { useAuth } from "../app/auth-context.ts";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SyntheticBadge } from "../components/common/SyntheticBadge.tsx";
import { ResidentSummary } from "../components/residents/ResidentSummary.tsx";
import { useLanguage } from "../i18n/use-language.ts";

/** After registering: the (masked) registration and where to go next. */
export function ResidentDonePage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const location = useLocation();
  const { user } = useAuth();
  const resident = (location.state as { resident?: TResident } | null)?.resident;
  if (!resident) {
    return (
      <>
        <PageHeader title={t("resident.doneTitle")} lead={t("resident.doneMissing")} />
        <Link className="button button--primary" to="/residents/new">
          {t("nav.residentNew")}
        </Link>
      </>
    );
  }
  return (
    <>
      <div className="alert alert--success" role="status">
        <p>{t("resident.doneStatus")}</p>
      </div>
      <PageHeader title={t("resident.doneTitle")} lead={t("resident.doneLead")}>
        {resident.synthetic ? <SyntheticBadge /> : null}
      </PageHeader>
      <section className="panel" aria-labelledby="resident-summary-title">
        <h2 id="resident-summary-title" className="section-title section-title--small">
          {t("resident.doneSummaryTitle")}
        </h2>
        <p className="field__hint">{t("resident.doneMaskedNote")}</p>
        <ResidentSummary resident={resident} />
      </section>
      <div className="form-actions">
        <Link
          className="button button--primary button--large"
          to={`/work-items?region=${resident.regionCode}`}
        >
          {t("resident.doneSearch", { region: pick(resident.regionNameKo, resident.regionNameEn) })}
        </Link>
        {user?.role === "resident" ? (
          <Link className="button button--secondary button--large" to="/me">
            {t("nav.me")}
          </Link>
        ) : null}
        <Link className="button button--tertiary button--large" to="/">
          {t("nav.home")}
        </Link>
      </div>
    </>
  );
}
