import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TApplication, TCohort } from "../../api/cohorts.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge.tsx";
import { CohortStatusBadge } from "./CohortStatusBadge.tsx";
import { openForOnline } from "./cohort-rules.ts";

/**
 * A cohort as a resident sees it: program, name, when to apply, when it runs, how many places,
 * and the one thing to do: apply (inside the window), see one's application (already applied),
 * or sign in first.
 */
export function RecruitingCohortCard({
  cohort,
  today,
  application,
  signedInResident,
}: {
  cohort: TCohort;
  today: string;
  application: TApplication | undefined;
  signedInResident: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const range = (from: string, to: string) => t("cohorts.range", { from: f.date(from), to: f.date(to) });
  const open = openForOnline(cohort, today);
  const headingId = `cohort-card-${cohort.id}`;
  return (
    <article className="cohort-card" aria-labelledby={headingId}>
      <p className="cohort-card__program">{pick(cohort.programNameKo, cohort.programNameEn)}</p>
      <h3 id={headingId} className="cohort-card__title">
        <Link to={`/cohorts/${cohort.id}`}>{pick(cohort.nameKo, cohort.nameEn)}</Link>
      </h3>
      <dl className="cohort-card__facts">
        <div>
          <dt>{t("cohorts.fields.region")}</dt>
          <dd>{cohort.regionNameKo}</dd>
        </div>
        <div>
          <dt>{t("cohorts.fields.recruitment")}</dt>
          <dd>{range(cohort.recruitStart, cohort.recruitEnd)}</dd>
        </div>
        <div>
          <dt>{t("cohorts.fields.period")}</dt>
          <dd>{range(cohort.periodStart, cohort.periodEnd)}</dd>
        </div>
        <div>
          <dt>{t("cohorts.fields.slots")}</dt>
          <dd>{f.people(cohort.slots)}</dd>
        </div>
      </dl>
      <div className="cohort-card__action">
        {application ? (
          <>
            <p>
              {t("cohorts.card.applied")}{" "}
              <ApplicationStatusBadge
                status={application.status}
                waitlistPosition={application.waitlistPosition}
              />
            </p>
            <Link to="/me/applications" className="button button--tertiary">
              {t("cohorts.card.seeMine")}
            </Link>
          </>
        ) : !open ? (
          <p>
            <CohortStatusBadge status={cohort.status} />{" "}
            {today < cohort.recruitStart
              ? t("cohorts.card.opensOn", { date: f.date(cohort.recruitStart) })
              : t("cohorts.card.notOpen")}
          </p>
        ) : signedInResident ? (
          <Link to={`/cohorts/${cohort.id}/apply`} className="button button--primary">
            {t("cohorts.card.apply")}
            <span className="visually-hidden">: {pick(cohort.nameKo, cohort.nameEn)}</span>
          </Link>
        ) : (
          <Link
            to={`/login?next=${encodeURIComponent(`/cohorts/${cohort.id}/apply`)}`}
            className="button button--secondary"
          >
            {t("cohorts.card.signInToApply")}
          </Link>
        )}
      </div>
    </article>
  );
}
