import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCohort, useCohortApplications, useMyApplications } from "../api/cohorts.ts";
import { useAuth } from "../app/auth-context.ts";
import { AllocationPanel } from "../components/allocation/AllocationPanel.tsx";
import { ApplicantTable } from "../components/cohorts/ApplicantTable.tsx";
import { ApplicationStatusBadge } from "../components/cohorts/ApplicationStatusBadge.tsx";
import { CohortCounts } from "../components/cohorts/CohortCounts.tsx";
import { CohortFacts } from "../components/cohorts/CohortFacts.tsx";
import { CohortLifecycle } from "../components/cohorts/CohortLifecycle.tsx";
import { CohortStatusBadge } from "../components/cohorts/CohortStatusBadge.tsx";
import { openForOnline, takesWalkIns, todayInSeoul } from "../components/cohorts/cohort-rules.ts";
import { WalkInApplication } from "../components/cohorts/WalkInApplication.tsx";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import { useFormat } from "../lib/use-format.ts";
import "../components/eligibility/eligibility.css";
import "../components/cohorts/cohorts.css";

/**
 * /cohorts/:id. For officers: the cohort's stage and next move (with confirmation), its counts,
 * 자격 심사 and 점수순 선발, 최적 배정 (components/allocation), the applicants with their screening
 * and the decisions their status allows, and walk-in applications while recruiting. Read-only roles (시도, ministry) see what the
 * API shows them. Residents and visitors see the particulars and how to apply.
 */
export function CohortDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const cohort = useCohort(id);
  const officer = Boolean(user && user.role !== "resident");
  const seesApplicants = officer && can(user, "applications.read");
  const applications = useCohortApplications(id, seesApplicants);
  const [walkInOpen, setWalkInOpen] = useState(false);

  if (cohort.isLoading) return <LoadingMessage />;
  if (!cohort.data) return <ErrorMessage error={cohort.error} onRetry={() => void cohort.refetch()} />;
  const c = cohort.data;
  const canManage = can(user, "cohorts.manage");
  const walkIns = officer && can(user, "applications.create") && takesWalkIns(c.status);

  return (
    <>
      <nav className="breadcrumb" aria-label={t("cohorts.breadcrumb")}>
        <ol>
          <li>
            <Link to="/cohorts">{officer ? t("cohorts.listTitle") : t("cohorts.applyTitle")}</Link>
          </li>
          <li aria-current="page">{pick(c.nameKo, c.nameEn)}</li>
        </ol>
      </nav>
      <PageHeader title={pick(c.nameKo, c.nameEn)}>
        <p className="cohort-header__meta">
          <CohortStatusBadge status={c.status} /> {pick(c.programNameKo, c.programNameEn)} · {c.regionNameKo}
        </p>
      </PageHeader>
      <div className={officer ? "cohort-overview" : undefined}>
        <section className="panel" aria-labelledby="cohort-facts-title">
          <h2 id="cohort-facts-title" className="section-title section-title--small">
            {t("cohorts.detail.factsTitle")}
          </h2>
          <CohortFacts cohort={c} showBudget={officer} />
        </section>
        {officer ? <CohortLifecycle cohort={c} canManage={canManage} /> : null}
      </div>
      {officer ? <CohortCounts cohort={c} /> : <ResidentApply cohortId={c.id} />}
      {walkIns ? (
        <section className="page-section walk-in-section" aria-labelledby="walk-in-title">
          <div className="walk-in-section__head">
            <h2 id="walk-in-title" className="section-title">
              {t("cohorts.walkIn.title")}
            </h2>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={walkInOpen}
              aria-controls="walk-in-body"
              onClick={() => setWalkInOpen((v) => !v)}
            >
              {walkInOpen ? t("cohorts.walkIn.close") : t("cohorts.walkIn.open")}
            </button>
          </div>
          <div id="walk-in-body" hidden={!walkInOpen}>
            {walkInOpen ? (
              <WalkInApplication
                cohort={c}
                applications={applications.data ?? []}
                canRecordHistory={can(user, "participations.record")}
              />
            ) : null}
          </div>
        </section>
      ) : null}
      {officer && can(user, "allocation.read") ? (
        <AllocationPanel
          cohort={c}
          canRun={can(user, "allocation.run")}
          canConfirm={can(user, "allocation.confirm")}
        />
      ) : null}
      {seesApplicants ? (
        <section className="page-section" aria-labelledby="applicants-title">
          <h2 id="applicants-title" className="section-title">
            {t("cohorts.applicants.title")}
          </h2>
          <p className="section-lead">{t("cohorts.applicants.lead")}</p>
          {applications.isLoading ? <LoadingMessage /> : null}
          {applications.error ? (
            <ErrorMessage error={applications.error} onRetry={() => void applications.refetch()} />
          ) : null}
          {applications.data && applications.data.length === 0 ? (
            <p className="empty-note">{t("cohorts.applicants.empty")}</p>
          ) : null}
          {applications.data && applications.data.length > 0 ? (
            <ApplicantTable
              cohort={c}
              applications={applications.data}
              canDecide={can(user, "applications.decide")}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** For a resident or a visitor: whether they can apply now, and the way to. */
function ResidentApply({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useAuth();
  const cohort = useCohort(cohortId).data;
  const resident = user?.role === "resident" && user.residentId ? user : null;
  const mine = useMyApplications(Boolean(resident));
  if (!cohort) return null;
  const today = todayInSeoul();
  const application = mine.data?.find((a) => a.cohortId === cohortId);
  const open = openForOnline(cohort, today);
  return (
    <section className="panel cohort-apply-box" aria-labelledby="cohort-apply-title">
      <h2 id="cohort-apply-title" className="section-title section-title--small">
        {t("cohorts.detail.applyTitle")}
      </h2>
      {application ? (
        <p>
          {t("cohorts.card.applied")}{" "}
          <ApplicationStatusBadge
            status={application.status}
            waitlistPosition={application.waitlistPosition}
          />{" "}
          <Link to="/me/applications">{t("cohorts.card.seeMine")}</Link>
        </p>
      ) : !open ? (
        <p>
          {today < cohort.recruitStart && cohort.status !== "closed"
            ? t("cohorts.card.opensOn", { date: f.date(cohort.recruitStart) })
            : t("cohorts.card.notOpen")}
        </p>
      ) : resident ? (
        <Link to={`/cohorts/${cohortId}/apply`} className="button button--primary button--large">
          {t("cohorts.card.apply")}
        </Link>
      ) : user?.role === "resident" ? (
        <>
          <p>{t("cohorts.registerFirst")}</p>
          <Link to="/residents/new" className="button button--secondary">
            {t("cohorts.registerNow")}
          </Link>
        </>
      ) : (
        <>
          <p>{t("cohorts.detail.signInNote")}</p>
          <Link
            to={`/login?next=${encodeURIComponent(`/cohorts/${cohortId}/apply`)}`}
            className="button button--secondary"
          >
            {t("cohorts.card.signInToApply")}
          </Link>
        </>
      )}
    </section>
  );
}
