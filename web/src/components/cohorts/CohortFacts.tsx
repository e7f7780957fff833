import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TCohort } from "../../api/cohorts.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";

/** A cohort's particulars: program, district, recruitment window, period, slots, budget, work items. */
export function CohortFacts({ cohort, showBudget = true }: { cohort: TCohort; showBudget?: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const range = (from: string, to: string) => t("cohorts.range", { from: f.date(from), to: f.date(to) });
  return (
    <dl className="cohort-facts">
      <div>
        <dt>{t("cohorts.fields.program")}</dt>
        <dd>{pick(cohort.programNameKo, cohort.programNameEn)}</dd>
      </div>
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
      {showBudget ? (
        <div>
          <dt>{t("cohorts.fields.budget")}</dt>
          <dd>{f.won(cohort.budgetWon)}</dd>
        </div>
      ) : null}
      {cohort.workItems.length ? (
        <div className="cohort-facts__wide">
          <dt>{t("cohorts.fields.workItems")}</dt>
          <dd>
            <ul className="cohort-work-items">
              {cohort.workItems.map((w) => (
                <li key={w.workItemId}>
                  <Link to={`/work-items/${w.workItemId}`}>{w.titleKo}</Link>{" "}
                  <span className="muted">{t("cohorts.workItemSlots", { slots: f.people(w.slots) })}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
