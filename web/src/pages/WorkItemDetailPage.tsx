import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useWorkItem } from "../api/work-items.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SyntheticBadge } from "../components/common/SyntheticBadge.tsx";
import { Tag } from "../components/common/Tag.tsx";
import { ScheduleTable } from "../components/schedule/ScheduleTable.tsx";
import { WorkItemFacts } from "../components/work-items/WorkItemFacts.tsx";
import { WorkItemRequirements } from "../components/work-items/WorkItemRequirements.tsx";
import { can } from "../lib/access.ts";
import { useFormat } from "../lib/use-format.ts";
import { useLabels } from "../lib/use-labels.ts";

/** /work-items/:id: everything about one work item. */
export function WorkItemDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const f = useFormat();
  const labels = useLabels();
  const query = useWorkItem(id);
  const { user } = useAuth();
  if (query.isLoading) {
    return (
      <>
        <PageHeader title={t("workItem.detailTitle")} />
        <LoadingMessage />
      </>
    );
  }
  const item = query.data;
  if (query.error || !item) {
    return (
      <>
        <PageHeader title={t("workItem.detailTitle")} />
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        <Link to="/work-items">{t("workItem.backToSearch")}</Link>
      </>
    );
  }
  return (
    <article className="work-item-detail">
      <nav aria-label={t("layout.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link to={`/work-items?region=${item.regionCode}`}>{t("nav.workItems")}</Link>
          </li>
          <li aria-current="page">{item.title}</li>
        </ol>
      </nav>
      <div className="work-item-card__tags">
        <Tag tone="primary">{labels.category(item.category)}</Tag>
        <Tag>{labels.kind(item.kind)}</Tag>
        {item.synthetic ? <SyntheticBadge /> : null}
      </div>
      <PageHeader title={item.title}>
        <p className="work-item-detail__org">
          {item.organization.name} · {labels.orgType(item.organization.type)}
          {item.organization.synthetic ? <SyntheticBadge /> : null}
        </p>
      </PageHeader>
      {item.synthetic ? <p className="alert alert--warning">{t("synthetic.itemNote")}</p> : null}
      <div className="detail-layout">
        <aside className="detail-layout__side panel" aria-labelledby="facts-title">
          <h2 id="facts-title" className="section-title section-title--small">
            {t("workItem.factsTitle")}
          </h2>
          <WorkItemFacts item={item} />
          <p className="muted">{t("workItem.updated", { date: f.date(item.updatedAt) })}</p>
          <div className="stack">
            <Link className="button button--primary" to={`/residents/new?region=${item.regionCode}`}>
              {t("workItem.registerCta")}
            </Link>
            <Link className="button button--tertiary" to={`/work-items?region=${item.regionCode}`}>
              {t("workItem.moreInRegion")}
            </Link>
            {user && can(user, "candidates.read") ? (
              <Link className="button button--secondary" to={`/work-items/${item.id}/candidates`}>
                {t("recommend.candidatesLink")}
              </Link>
            ) : null}
          </div>
        </aside>
        <div className="detail-layout__main">
          <section aria-labelledby="description-title" className="panel">
            <h2 id="description-title" className="section-title section-title--small">
              {t("workItem.description")}
            </h2>
            <p className="prose">{item.description}</p>
          </section>
          <section aria-labelledby="schedule-title" className="panel">
            <h2 id="schedule-title" className="section-title section-title--small">
              {t("workItem.scheduleTitle")}
            </h2>
            <ScheduleTable
              slots={item.schedule}
              caption={t("workItem.scheduleCaption", { hours: f.hours(item.hoursPerWeek) })}
            />
          </section>
          <section aria-labelledby="requirements-title" className="panel">
            <h2 id="requirements-title" className="section-title section-title--small">
              {t("workItem.requirementsTitle")}
            </h2>
            <WorkItemRequirements item={item} />
          </section>
        </div>
      </div>
    </article>
  );
}
