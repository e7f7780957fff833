import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { COHORT_STATUSES } from "../../../src/cohorts/domain/cohort-vocabulary.ts";
import { type TCohort, useCohorts, useMyApplications } from "../api/cohorts.ts";
import { useRegion } from "../api/regions.ts";
import { useResident } from "../api/residents.ts";
import { useAuth } from "../app/auth-context.ts";
import { CohortFilters, type CohortFilterValues } from "../components/cohorts/CohortFilters.tsx";
import { CohortTable } from "../components/cohorts/CohortTable.tsx";
import { todayInSeoul } from "../components/cohorts/cohort-rules.ts";
import { RecruitingCohortCard } from "../components/cohorts/RecruitingCohortCard.tsx";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import "../components/cohorts/cohorts.css";

/**
 * /cohorts. Officers, the ministry and staff get 모집 회차: the cohorts of their region (all for the
 * ministry and administrators) as a table, filtered by program and stage, and district officers a
 * "새 모집 회차" button. Residents and visitors get 참여 신청: the cohorts recruiting now (a
 * resident's own district), each with what to do next.
 */
export function CohortListPage() {
  const { user } = useAuth();
  return !user || user.role === "resident" ? <RecruitingCohorts /> : <ManagedCohorts />;
}

function ManagedCohorts() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const program = params.get("program") ?? "";
  const statusParam = params.get("status") ?? "";
  const status = (COHORT_STATUSES as readonly string[]).includes(statusParam) ? statusParam : "";
  const regionCode = user?.regionCode ?? undefined;
  const region = useRegion(regionCode);
  const list = useCohorts({ region: regionCode, program: program || undefined, status: status || undefined });
  const regionName = region.data ? pick(region.data.fullNameKo, region.data.fullNameEn) : null;

  function search(values: CohortFilterValues) {
    const next: Record<string, string> = {};
    if (values.program) next.program = values.program;
    if (values.status) next.status = values.status;
    setParams(next);
    document.getElementById("cohort-list-title")?.focus();
  }

  return (
    <>
      <PageHeader
        title={t("cohorts.listTitle")}
        lead={regionName ? t("cohorts.listLeadRegion", { region: regionName }) : t("cohorts.listLeadAll")}
      >
        {can(user, "cohorts.manage") ? (
          <p>
            <Link to="/cohorts/new" className="button button--primary">
              {t("cohorts.newButton")}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <CohortFilters key={`${program}|${status}`} initial={{ program, status }} onSearch={search} />
      <section className="page-section" aria-labelledby="cohort-list-title">
        <h2 id="cohort-list-title" className="section-title" tabIndex={-1}>
          {t("cohorts.resultsTitle")}
        </h2>
        <p className="results-count" role="status">
          {list.data ? t("cohorts.count", { count: list.data.length }) : ""}
        </p>
        {list.isLoading ? <LoadingMessage /> : null}
        {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.length === 0 ? <p className="empty-note">{t("cohorts.empty")}</p> : null}
        {list.data && list.data.length > 0 ? (
          <CohortTable cohorts={list.data} stale={list.isFetching} />
        ) : null}
      </section>
    </>
  );
}

function RecruitingCohorts() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const resident = user?.role === "resident" ? user : null;
  // A resident's district is on their registration (their account may not name one).
  const record = useResident(resident?.residentId);
  const regionCode = resident ? (record.data?.regionCode ?? resident.regionCode ?? undefined) : undefined;
  const region = useRegion(regionCode);
  const list = useCohorts(
    { region: regionCode, status: "recruiting" },
    !resident?.residentId || !record.isLoading,
  );
  const mine = useMyApplications(Boolean(resident?.residentId));
  const today = todayInSeoul();
  const regionName = region.data ? pick(region.data.fullNameKo, region.data.fullNameEn) : null;
  const byCohort = new Map((mine.data ?? []).map((a) => [a.cohortId, a]));
  const cohorts: TCohort[] = list.data ?? [];
  return (
    <>
      <PageHeader
        title={t("cohorts.applyTitle")}
        lead={regionName ? t("cohorts.applyLeadRegion", { region: regionName }) : t("cohorts.applyLead")}
      >
        {resident ? (
          <p>
            <Link to="/me/applications">{t("cohorts.seeMyApplications")}</Link>
          </p>
        ) : null}
      </PageHeader>
      {resident && !resident.residentId ? (
        <div className="alert alert--info">
          <p>{t("cohorts.registerFirst")}</p>
          <Link to="/residents/new" className="button button--secondary button--small">
            {t("cohorts.registerNow")}
          </Link>
        </div>
      ) : null}
      <section className="page-section" aria-labelledby="recruiting-title">
        <h2 id="recruiting-title" className="section-title" tabIndex={-1}>
          {t("cohorts.recruitingTitle")}
        </h2>
        <p className="results-count" role="status">
          {list.data ? t("cohorts.count", { count: cohorts.length }) : ""}
        </p>
        {list.isLoading ? <LoadingMessage /> : null}
        {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && cohorts.length === 0 ? (
          <p className="empty-note">{t("cohorts.noneRecruiting")}</p>
        ) : null}
        {cohorts.length ? (
          <ul className="cohort-cards">
            {cohorts.map((c) => (
              <li key={c.id}>
                <RecruitingCohortCard
                  cohort={c}
                  today={today}
                  application={byCohort.get(c.id)}
                  signedInResident={Boolean(resident?.residentId)}
                />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
