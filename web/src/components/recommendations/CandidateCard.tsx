import { useTranslation } from "react-i18next";
import type { TCandidate } from "../../api/recommendations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";
import { ScoreParts } from "./ScoreParts.tsx";

/** One ranked candidate, name masked as in the resident list, with the reasons for the rank. */
export function CandidateCard({ candidate }: { candidate: TCandidate }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const { resident, explanation } = candidate;
  const titleId = `candidate-${resident.id}`;
  return (
    <article className="match-card" aria-labelledby={titleId}>
      <div className="match-card__head">
        <h3 id={titleId} className="match-card__title">
          {resident.name}
          <span className="visually-hidden"> {t("recommend.maskedName")}</span>
        </h3>
        <p className="match-card__score">{t("recommend.score", { score: f.number(candidate.score) })}</p>
      </div>
      <p className="match-card__meta">
        {pick(resident.regionNameKo, resident.regionNameEn)} ·{" "}
        {t("recommend.birthYear", { year: resident.birthYear })}
        {resident.synthetic ? <SyntheticBadge /> : null}
      </p>
      <p className="match-card__why">
        <span className="visually-hidden">{t("recommend.why")} </span>
        {pick(explanation.summaryKo, explanation.summaryEn)}
      </p>
      <ScoreParts explanation={explanation} labelledBy={titleId} />
    </article>
  );
}
