import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { TEligibilityAnswer, TEligibilityResult } from "../../api/eligibility.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { EligibilityResultCard } from "./EligibilityResultCard.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

const GROUPS: TEligibilityResult["status"][] = ["eligible", "needs_document", "ineligible"];

/** The results in three groups (참여 가능 / 서류 확인 필요 / 참여 어려움), in the API's order of fit. */
export function EligibilityResults({
  answer,
  regionCode,
  headingRef,
  onEdit,
  onRestart,
  onAnswerFact,
}: {
  answer: TEligibilityAnswer;
  regionCode: string;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onRestart: () => void;
  onAnswerFact: (fact: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const by = (status: TEligibilityResult["status"]) => answer.results.filter((r) => r.status === status);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${answer.date}T00:00:00Z`),
  );
  return (
    <section className="selfcheck-results" aria-labelledby="selfcheck-results-title">
      <h2 id="selfcheck-results-title" ref={headingRef} tabIndex={-1} className="section-title">
        {t("eligibility.results.title")}
      </h2>
      <p className="selfcheck-results__summary">
        {t("eligibility.results.summary", {
          eligible: by("eligible").length,
          needs: by("needs_document").length,
          ineligible: by("ineligible").length,
        })}
      </p>
      <p className="selfcheck-results__basis">
        {t("eligibility.results.basis", { date, year: answer.rulesYear })}
      </p>
      <div className="alert alert--info">
        <p>{t("eligibility.results.disclaimer")}</p>
        <p>{t("eligibility.notStored")}</p>
        {answer.results.some((r) => r.needsReview.length > 0) ? (
          <p>
            <span className="badge badge--review">{t("eligibility.results.review")}</span>{" "}
            {t("eligibility.results.reviewExplain")}
          </p>
        ) : null}
      </div>
      <div className="selfcheck-results__actions">
        <button type="button" className="button button--secondary button--large" onClick={onEdit}>
          {t("eligibility.results.edit")}
        </button>
        <button type="button" className="button button--tertiary button--large" onClick={onRestart}>
          {t("eligibility.results.restart")}
        </button>
      </div>
      {GROUPS.map((status) => {
        const results = by(status);
        const id = `selfcheck-group-${status}`;
        return (
          <section key={status} className={`result-group result-group--${status}`} aria-labelledby={id}>
            <h3 id={id} className="result-group__title">
              <StatusBadge status={status} />
              <span className="result-group__count">
                {t("eligibility.results.count", { count: results.length })}
              </span>
            </h3>
            {results.length ? (
              <p className="result-group__lead">{t(`eligibility.results.groupLead.${status}`)}</p>
            ) : null}
            {results.length ? (
              <ul className="eligibility-cards">
                {results.map((result) => (
                  <li key={result.program}>
                    <EligibilityResultCard
                      result={result}
                      regionCode={regionCode}
                      onAnswerFact={onAnswerFact}
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty-note">{t("eligibility.results.empty")}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
