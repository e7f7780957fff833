import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TApplication } from "../../api/cohorts.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge.tsx";
import { canWithdraw, todayInSeoul } from "./cohort-rules.ts";

/**
 * One of my applications: the cohort and program, the period, how and when I applied, where it
 * stands (with my place on the waiting list), why it was decided so, where I was placed (the work
 * item's title comes with the application), and a button to withdraw while that is still possible.
 */
export function MyApplicationCard({ app, onWithdraw }: { app: TApplication; onWithdraw: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const name = app.cohort ? pick(app.cohort.nameKo, app.cohort.nameEn) : t("cohorts.mine.unknownCohort");
  const reason = pick(app.decisionReasonKo, app.decisionReasonEn);
  const headingId = `my-application-${app.id}`;
  return (
    <article className={`my-application my-application--${app.status}`} aria-labelledby={headingId}>
      <header className="my-application__head">
        {app.cohort ? (
          <p className="my-application__program">
            {app.cohort.programNameKo && app.cohort.programNameEn
              ? pick(app.cohort.programNameKo, app.cohort.programNameEn)
              : labels.program(app.cohort.programCode)}
          </p>
        ) : null}
        <h2 id={headingId} className="my-application__title" tabIndex={-1}>
          <Link to={`/cohorts/${app.cohortId}`}>{name}</Link>
        </h2>
      </header>
      <p className="my-application__status">
        <span className="my-application__status-label">{t("cohorts.mine.status")}</span>
        <ApplicationStatusBadge status={app.status} waitlistPosition={app.waitlistPosition} />
      </p>
      {app.status === "waitlisted" && app.waitlistPosition !== null ? (
        <p className="my-application__note">
          {t("cohorts.mine.waitlistNote", { position: app.waitlistPosition })}
        </p>
      ) : null}
      {reason ? (
        <p className="my-application__reason">
          <strong>{t("cohorts.mine.reason")}</strong> {reason}
        </p>
      ) : null}
      {app.status === "placed" && app.workItemId ? (
        <p className="my-application__note">
          <strong>{t("cohorts.mine.placedAt")}</strong>{" "}
          <Link to={`/work-items/${app.workItemId}`}>
            {app.workItem?.title ?? t("cohorts.mine.workItem")}
          </Link>
        </p>
      ) : null}
      <dl className="my-application__facts">
        {app.cohort ? (
          <div>
            <dt>{t("cohorts.fields.period")}</dt>
            <dd>
              {t("cohorts.range", { from: f.date(app.cohort.periodStart), to: f.date(app.cohort.periodEnd) })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("cohorts.mine.appliedOn")}</dt>
          <dd>
            {f.date(todayInSeoul(new Date(app.createdAt)))} · {t(`cohorts.channel.${app.channel}`)}
          </dd>
        </div>
      </dl>
      {canWithdraw(app.status) ? (
        <div className="my-application__actions">
          <button type="button" className="button button--tertiary" onClick={onWithdraw}>
            {t("cohorts.mine.withdraw")}
            <span className="visually-hidden">: {name}</span>
          </button>
        </div>
      ) : null}
    </article>
  );
}
