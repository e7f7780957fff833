import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TRecommendation } from "../../api/recommendations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";
import { Tag } from "../common/Tag.tsx";
import { ScoreParts } from "./ScoreParts.tsx";

/** One recommended work item: what, where and when, its score and the reasons in one line. */
export function RecommendationCard({ recommendation }: { recommendation: TRecommendation }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const { workItem: item, explanation } = recommendation;
  const titleId = `recommendation-${item.id}`;
  return (
    <article className="match-card" aria-labelledby={titleId}>
      <div className="match-card__head">
        <h3 id={titleId} className="match-card__title">
          <Link to={`/work-items/${item.id}`}>{item.title}</Link>
        </h3>
        <p className="match-card__score">{t("recommend.score", { score: f.number(recommendation.score) })}</p>
      </div>
      <div className="work-item-card__tags">
        <Tag tone="primary">{labels.category(item.category)}</Tag>
        <Tag>{labels.kind(item.kind)}</Tag>
        {item.synthetic ? <SyntheticBadge /> : null}
      </div>
      <p className="match-card__meta">
        {item.organization.name} · {pick(item.regionNameKo, item.regionNameEn)} · {f.hours(item.hoursPerWeek)}{" "}
        · {t("workItem.hourlyWage", { value: f.won(item.hourlyWage) })}
      </p>
      <p className="match-card__why">
        <span className="visually-hidden">{t("recommend.why")} </span>
        {pick(explanation.summaryKo, explanation.summaryEn)}
      </p>
      <ScoreParts explanation={explanation} labelledBy={titleId} />
    </article>
  );
}
