import { useTranslation } from "react-i18next";
import type { TCohort } from "../../api/cohorts.ts";
import { useFormat } from "../../lib/use-format.ts";
import { APPLICATION_STATUSES } from "./cohort-rules.ts";

/**
 * Applications counted by status, with the total and how many of the slots are taken (selected
 * or placed). Only the statuses that occur are listed; an empty cohort says so.
 */
export function CohortCounts({ cohort }: { cohort: TCohort }) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = Object.values(cohort.counts).reduce((sum, n) => sum + n, 0);
  const taken = (cohort.counts.selected ?? 0) + (cohort.counts.placed ?? 0);
  const present = APPLICATION_STATUSES.filter((s) => (cohort.counts[s] ?? 0) > 0);
  return (
    <section className="panel cohort-counts" aria-labelledby="cohort-counts-title">
      <h2 id="cohort-counts-title" className="section-title section-title--small">
        {t("cohorts.counts.title")}
      </h2>
      <dl className="count-cards">
        <div className="count-card count-card--lead">
          <dt>{t("cohorts.counts.total")}</dt>
          <dd>{f.people(total)}</dd>
        </div>
        <div className="count-card count-card--lead">
          <dt>{t("cohorts.counts.taken")}</dt>
          <dd>{t("cohorts.counts.takenValue", { taken: f.number(taken), slots: f.people(cohort.slots) })}</dd>
        </div>
        {present.map((status) => (
          <div key={status} className="count-card">
            <dt>{t(`cohorts.applicationStatus.${status}`)}</dt>
            <dd>{f.people(cohort.counts[status] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      {total === 0 ? <p className="muted">{t("cohorts.counts.none")}</p> : null}
    </section>
  );
}
