import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TWorkItem } from "../../api/work-items.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { useScheduleSummary } from "../../lib/use-schedule-summary.ts";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";
import { Tag } from "../common/Tag.tsx";

/** One search result: the facts people decide on, in a fixed order, and a link to the details. */
export function WorkItemCard({ item }: { item: TWorkItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const summarize = useScheduleSummary();
  const { pick } = useLanguage();
  const titleId = `work-item-${item.id}`;
  return (
    <article className="work-item-card" aria-labelledby={titleId}>
      <div className="work-item-card__tags">
        <Tag tone="primary">{labels.category(item.category)}</Tag>
        <Tag>{labels.kind(item.kind)}</Tag>
        {item.status !== "open" ? <Tag>{labels.status(item.status)}</Tag> : null}
        {item.synthetic ? <SyntheticBadge /> : null}
      </div>
      <h3 id={titleId} className="work-item-card__title">
        <Link to={`/work-items/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="work-item-card__org">
        {item.organization.name}
        <span className="work-item-card__region"> · {pick(item.regionNameKo, item.regionNameEn)}</span>
      </p>
      <dl className="fact-list">
        <div>
          <dt>{t("workItem.place")}</dt>
          <dd>
            {item.remote ? t("workItem.remote") : (item.placeName ?? "–")}
            {item.distanceKm !== undefined
              ? ` (${t("workItem.distance", { value: f.km(item.distanceKm) })})`
              : ""}
          </dd>
        </div>
        <div>
          <dt>{t("workItem.hours")}</dt>
          <dd>{f.hours(item.hoursPerWeek)}</dd>
        </div>
        <div>
          <dt>{t("workItem.schedule")}</dt>
          <dd>{summarize(item.schedule)}</dd>
        </div>
        <div>
          <dt>{t("workItem.wage")}</dt>
          <dd>{t("workItem.hourlyWage", { value: f.won(item.hourlyWage) })}</dd>
        </div>
        <div>
          <dt>{t("workItem.period")}</dt>
          <dd>{t("workItem.dateRange", { start: f.date(item.startDate), end: f.date(item.endDate) })}</dd>
        </div>
      </dl>
    </article>
  );
}
