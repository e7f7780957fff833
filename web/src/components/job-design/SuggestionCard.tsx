import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TJobSuggestion } from "../../api/job-design.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { Tag } from "../common/Tag.tsx";
import { BudgetShares } from "./BudgetShares.tsx";
import { DraftForm } from "./DraftForm.tsx";

/**
 * One suggested occupation: why (the region's figures, the forecast gap), how many people for how
 * long at what pay, the budget by who pays, and, for officers who may, a form that turns it into
 * draft work items.
 */
export function SuggestionCard({
  suggestion: s,
  regionCode,
  startDate,
  canDraft,
}: {
  suggestion: TJobSuggestion;
  regionCode: string;
  startDate: string;
  canDraft: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const { pick } = useLanguage();
  const [drafting, setDrafting] = useState(false);
  const titleId = `suggestion-${s.occupation.code}`;
  const formId = `draft-${s.occupation.code}`;
  return (
    <article className="suggestion-card" aria-labelledby={titleId}>
      <div className="suggestion-card__tags">
        <Tag tone="primary">{labels.category(s.occupation.category)}</Tag>
        <Tag>{pick(s.program.nameKo, s.program.nameEn)}</Tag>
      </div>
      <h3 id={titleId} className="suggestion-card__title">
        <span className="suggestion-card__rank">{t("jobDesign.rank", { rank: s.rank })}</span>{" "}
        {pick(s.occupation.nameKo, s.occupation.nameEn)}
      </h3>
      <p className="suggestion-card__summary">{pick(s.summaryKo, s.summaryEn)}</p>
      <dl className="fact-list">
        <div>
          <dt>{t("jobDesign.people")}</dt>
          <dd>
            {t("jobDesign.peopleMonths", { people: f.number(s.positions), months: f.number(s.months) })}
            {s.seasonMonths ? ` (${t("jobDesign.season", { months: s.seasonMonths.join(", ") })})` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("jobDesign.hours")}</dt>
          <dd>{f.hours(s.hoursPerWeek)}</dd>
        </div>
        <div>
          <dt>{t("jobDesign.pay")}</dt>
          <dd>
            {t("jobDesign.payLine", {
              hourly: f.won(s.pay.hourlyWage),
              monthly: f.won(s.pay.monthlyPerPerson),
            })}
            {s.pay.weeklyHolidayPay > 0 ? ` · ${t("jobDesign.holidayPay")}` : ""}
          </dd>
        </div>
        {s.seniorJobs2022 ? (
          <div>
            <dt>{t("jobDesign.seniorJobs2022")}</dt>
            <dd>{f.people(s.seniorJobs2022)}</dd>
          </div>
        ) : null}
      </dl>
      <BudgetShares budget={s.budget} unconfirmed={s.program.fundingConfidence === "unconfirmed"} />
      <details className="suggestion-card__details">
        <summary>{t("jobDesign.reasonsTitle")}</summary>
        <ul className="suggestion-card__reasons">
          {s.reasons.map((r) => (
            <li key={`${r.kind}-${r.ko}`}>{pick(r.ko, r.en)}</li>
          ))}
        </ul>
        <h4 className="suggestion-card__subtitle">{t("jobDesign.duties")}</h4>
        <ul className="suggestion-card__duties">
          {pick(s.occupation.dutiesKo, s.occupation.dutiesEn).map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </details>
      {canDraft ? (
        <div className="suggestion-card__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={drafting}
            aria-controls={formId}
            onClick={() => setDrafting((open) => !open)}
          >
            {t("jobDesign.draft.open")}
          </button>
        </div>
      ) : null}
      {canDraft && drafting ? (
        <DraftForm id={formId} suggestion={s} regionCode={regionCode} startDate={startDate} />
      ) : null}
    </article>
  );
}
