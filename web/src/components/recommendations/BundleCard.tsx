import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TBundle } from "../../api/recommendations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useScheduleSummary } from "../../lib/use-schedule-summary.ts";

/** A bundle: why these items go together, then each item with its hours, days and reasons. */
export function BundleCard({ bundle }: { bundle: TBundle }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const summarize = useScheduleSummary();
  const titleId = `bundle-${bundle.rank}`;
  return (
    <article className="match-card match-card--bundle" aria-labelledby={titleId}>
      <div className="match-card__head">
        <h3 id={titleId} className="match-card__title">
          {t("recommend.bundleTitle", { rank: bundle.rank, hours: f.number(bundle.totalHours) })}
        </h3>
        <p className="match-card__score">{t("recommend.score", { score: f.number(bundle.score) })}</p>
      </div>
      <p className="match-card__why">{pick(bundle.messageKo, bundle.messageEn)}</p>
      <ul className="bundle-items">
        {bundle.items.map(({ workItem: item, explanation }) => (
          <li key={item.id} className="bundle-items__item">
            <Link to={`/work-items/${item.id}`}>{item.title}</Link>
            <span className="bundle-items__facts">
              {f.hours(item.hoursPerWeek)} · {summarize(item.schedule)}
            </span>
            <span className="bundle-items__why">{pick(explanation.summaryKo, explanation.summaryEn)}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
