import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCandidates } from "../api/recommendations.ts";
import { useWorkItem } from "../api/work-items.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { CandidateCard } from "../components/recommendations/CandidateCard.tsx";
import "../components/recommendations/recommendations.css";

/**
 * /work-items/:id/candidates, for the posting institution and officers: residents ranked for the
 * work item with the reasons, names masked; opening the page is logged like a page of the
 * resident list.
 */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const item = useWorkItem(id);
  const candidates = useCandidates(id);
  const title = item.data
    ? t("recommend.candidatesTitleOf", { title: item.data.title })
    : t("recommend.candidatesTitle");
  return (
    <>
      <nav aria-label={t("layout.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/work-items">{t("nav.workItems")}</Link>
          </li>
          {item.data ? (
            <li>
              <Link to={`/work-items/${item.data.id}`}>{item.data.title}</Link>
            </li>
          ) : null}
          <li aria-current="page">{t("recommend.candidatesTitle")}</li>
        </ol>
      </nav>
      <PageHeader title={title} lead={t("recommend.candidatesLead")} />
      <section className="panel" aria-labelledby="candidates-title">
        <h2 id="candidates-title" className="section-title section-title--small">
          {t("recommend.candidatesListTitle")}
        </h2>
        <p className="field__hint">{t("recommend.candidatesNote")}</p>
        {candidates.isLoading ? <LoadingMessage /> : null}
        {candidates.error ? (
          <ErrorMessage error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : null}
        {candidates.data && candidates.data.items.length === 0 ? <p>{t("recommend.noCandidates")}</p> : null}
        {candidates.data?.items.length ? (
          <ol className="match-list" aria-labelledby="candidates-title">
            {candidates.data.items.map((c) => (
              <li key={c.resident.id}>
                <span className="match-list__rank">{t("recommend.rank", { rank: c.rank })}</span>
                <CandidateCard candidate={c} />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}
