import { useTranslation } from "react-i18next";
import type { TScoreComponent } from "../../api/eligibility.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/** The selection score and how it is made up (소득 10점, 재산 15점 …). */
export function ScoreBreakdown({
  score,
  components,
}: {
  score: number;
  components: readonly TScoreComponent[];
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <div className="score-breakdown">
      <p className="score-breakdown__total">{t("eligibility.results.score", { score })}</p>
      {components.length ? (
        <ul className="score-breakdown__parts">
          {components.map((c) => (
            <li key={c.kind}>{pick(c.messageKo, c.messageEn)}</li>
          ))}
        </ul>
      ) : null}
      <p className="score-breakdown__note">{t("eligibility.results.scoreNote")}</p>
    </div>
  );
}
