import { useTranslation } from "react-i18next";
import type { TMatchExplanation } from "../../api/recommendations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";

/**
 * How a match score is made up, part by part ("거리 15.8점 / 25점: 집에서 1.2km"), behind a
 * disclosure so that a list reads short; a plain list, so that screen readers read each part as
 * one sentence.
 */
export function ScoreParts({
  explanation,
  labelledBy,
}: {
  explanation: TMatchExplanation;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  return (
    <details className="match-parts">
      <summary>{t("recommend.partsToggle")}</summary>
      <ul className="match-parts__list" aria-labelledby={labelledBy}>
        {explanation.components.map((c) => (
          <li
            key={c.key}
            className={c.points < 0 ? "match-parts__item match-parts__item--minus" : "match-parts__item"}
          >
            <span className="match-parts__name">{t(`recommend.part.${c.key}`)}</span>{" "}
            <span className="match-parts__points">
              {/* Congestion only takes points off: its weight is the most it can take. */}
              {t(c.key === "congestion" ? "recommend.partPenalty" : "recommend.partPoints", {
                points: f.number(c.points),
                weight: f.number(c.weight),
              })}
            </span>
            <span className="match-parts__reason">{pick(c.messageKo, c.messageEn)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
