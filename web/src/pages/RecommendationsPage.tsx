import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useBundles, useRecommendations } from "../api/recommendations.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { BundleCard } from "../components/recommendations/BundleCard.tsx";
import { RecommendationCard } from "../components/recommendations/RecommendationCard.tsx";
import "../components/recommendations/recommendations.css";

/**
 * /me/recommendations (a resident's own) and /residents/:id/recommendations (officers): the work
 * items ranked for the resident with their reasons, then bundles of small items that together
 * make up the weekly hours. Ordered lists in words, no map: they read the same on a screen reader.
 */
export function RecommendationsPage({ own = false }: { own?: boolean }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useAuth();
  const residentId = own ? user?.residentId : id;
  const recommendations = useRecommendations(residentId);
  const bundles = useBundles(residentId);

  if (own && !residentId) {
    return (
      <>
        <PageHeader title={t("recommend.myTitle")} />
        <p>{t("me.notRegistered")}</p>
        <p>
          <Link className="button button--primary" to="/residents/new">
            {t("me.registerNow")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t(own ? "recommend.myTitle" : "recommend.title")} lead={t("recommend.lead")} />
      <div className="stack stack--sections">
        <section className="panel" aria-labelledby="recommendations-title">
          <h2 id="recommendations-title" className="section-title section-title--small">
            {t("recommend.listTitle")}
          </h2>
          <p className="field__hint">{t("recommend.listNote")}</p>
          {recommendations.isLoading ? <LoadingMessage /> : null}
          {recommendations.error ? (
            <ErrorMessage error={recommendations.error} onRetry={() => void recommendations.refetch()} />
          ) : null}
          {recommendations.data && recommendations.data.items.length === 0 ? (
            <p>{t("recommend.none")}</p>
          ) : null}
          {recommendations.data?.items.length ? (
            <ol className="match-list" aria-labelledby="recommendations-title">
              {recommendations.data.items.map((r) => (
                <li key={r.workItem.id}>
                  <span className="match-list__rank">{t("recommend.rank", { rank: r.rank })}</span>
                  <RecommendationCard recommendation={r} />
                </li>
              ))}
            </ol>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="bundles-title">
          <h2 id="bundles-title" className="section-title section-title--small">
            {t("recommend.bundlesTitle")}
          </h2>
          <p className="field__hint">{t("recommend.bundlesNote")}</p>
          {bundles.isLoading ? <LoadingMessage /> : null}
          {bundles.error ? (
            <ErrorMessage error={bundles.error} onRetry={() => void bundles.refetch()} />
          ) : null}
          {bundles.data && bundles.data.items.length === 0 ? <p>{t("recommend.noBundles")}</p> : null}
          {bundles.data?.items.length ? (
            <ol className="match-list" aria-labelledby="bundles-title">
              {bundles.data.items.map((b) => (
                <li key={b.rank}>
                  <BundleCard bundle={b} />
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      </div>
    </>
  );
}
