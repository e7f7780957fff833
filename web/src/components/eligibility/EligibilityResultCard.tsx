import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TEligibilityResult } from "../../api/eligibility.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { ReasonList } from "./ReasonList.tsx";
import { ScoreBreakdown } from "./ScoreBreakdown.tsx";
import { StatusBadge } from "./StatusBadge.tsx";
import { isAskedFact } from "./self-check-answers.ts";

/**
 * One program's verdict: name, status (icon and words), "검토 필요" with what is unconfirmed,
 * the facts that would settle it, every reason, and the selection score with its parts.
 */
export function EligibilityResultCard({
  result,
  regionCode,
  onAnswerFact,
}: {
  result: TEligibilityResult;
  regionCode: string;
  onAnswerFact: (fact: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const titleId = `eligibility-${result.program}`;
  const name = pick(result.nameKo, result.nameEn);
  const reviewSections = result.needsReview.map((s) => t(`programs.sections.${s}`, { defaultValue: s }));
  const missingText = (fact: string) =>
    t(`eligibility.missing.${fact}`, {
      defaultValue: t("eligibility.missing.other", { fact }),
    });
  // Not possible: why not comes first; the conditions met stay one tap away.
  const failed = result.reasons.filter((r) => r.outcome === "failed");
  const others = result.reasons.filter((r) => r.outcome !== "failed");
  return (
    <article className={`eligibility-card eligibility-card--${result.status}`} aria-labelledby={titleId}>
      <div className="eligibility-card__head">
        <h4 id={titleId} className="eligibility-card__title">
          {name}
        </h4>
        <div className="eligibility-card__badges">
          <StatusBadge status={result.status} />
          {reviewSections.length ? (
            <span className="badge badge--review">{t("eligibility.results.review")}</span>
          ) : null}
        </div>
      </div>
      {reviewSections.length ? (
        <p className="eligibility-card__review">
          {t("eligibility.results.reviewText", { sections: reviewSections.join(", ") })}
        </p>
      ) : null}
      {result.status === "needs_document" && result.missing.length ? (
        <div className="eligibility-card__missing">
          <p className="eligibility-card__label">{t("eligibility.results.missingTitle")}</p>
          <ul>
            {result.missing.map((fact) => (
              <li key={fact}>
                <span>{missingText(fact)}</span>
                {isAskedFact(fact) ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t("eligibility.results.answerLabel", {
                      fact: t(`eligibility.facts.${fact}`),
                    })}
                    onClick={() => onAnswerFact(fact)}
                  >
                    {t("eligibility.results.answer")}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="eligibility-card__label">{t("eligibility.results.reasonsTitle")}</p>
      {result.status === "ineligible" ? (
        <>
          <ReasonList reasons={failed} />
          {others.length ? (
            <details className="disclosure eligibility-card__others">
              <summary>{t("eligibility.results.otherReasons", { count: others.length })}</summary>
              <ReasonList reasons={others} />
            </details>
          ) : null}
        </>
      ) : (
        <ReasonList reasons={result.reasons} />
      )}
      {result.score !== undefined ? (
        <ScoreBreakdown score={result.score} components={result.scoreComponents ?? []} />
      ) : null}
      <p className="eligibility-card__more">
        <Link to={`/programs/${result.program}?region=${regionCode}`}>
          {t("eligibility.results.rulesLink")}
          <span className="visually-hidden"> ({name})</span>
        </Link>
      </p>
    </article>
  );
}
