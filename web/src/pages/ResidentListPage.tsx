import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useRegion } from "../api/regions.ts";
import { useResidents } from "../api/residents.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { Pagination } from "../components/common/Pagination.tsx";
import { ResidentTable } from "../components/residents/ResidentTable.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import { useFormat } from "../lib/use-format.ts";

const PAGE_SIZE = 20;

/**
 * /residents (주민 목록), for officers: the residents of their region, personal fields masked as
 * the API sends them, a page at a time. Administrators (no region) see every region. District
 * officers and administrators may unmask one resident, for a stated reason (logged).
 */
export function ResidentListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const regionCode = user?.regionCode ?? undefined;
  const region = useRegion(regionCode);
  const result = useResidents({ region: regionCode, page, pageSize: PAGE_SIZE });
  const regionName = region.data ? pick(region.data.fullNameKo, region.data.fullNameEn) : null;

  function goTo(next: number) {
    setParams(next > 1 ? { page: String(next) } : {});
    document.getElementById("resident-list-title")?.focus();
  }

  const data = result.data;
  return (
    <>
      <PageHeader
        title={t("residentList.title")}
        lead={regionName ? t("residentList.leadRegion", { region: regionName }) : t("residentList.leadAll")}
      >
        {can(user, "participations.import") ? (
          <p>
            <Link to="/participations/import">{t("participationImport.link")}</Link>
          </p>
        ) : null}
      </PageHeader>
      <div className="alert alert--info">
        <p>{t("residentList.maskedNote")}</p>
      </div>
      <section className="page-section" aria-labelledby="resident-list-title">
        <h2 id="resident-list-title" className="section-title" tabIndex={-1}>
          {t("residentList.resultsTitle")}
        </h2>
        <p className="results-count" role="status">
          {data
            ? t("residentList.count", {
                count: data.total,
                value: f.number(data.total),
                page: f.number(page),
                pages: f.number(Math.max(1, Math.ceil(data.total / PAGE_SIZE))),
              })
            : ""}
        </p>
        {result.isLoading ? <LoadingMessage /> : null}
        {result.error ? <ErrorMessage error={result.error} onRetry={() => void result.refetch()} /> : null}
        {data && data.items.length === 0 ? <p className="empty-note">{t("residentList.empty")}</p> : null}
        {data && data.items.length > 0 ? (
          <ResidentTable
            residents={data.items}
            stale={result.isPlaceholderData}
            canUnmask={can(user, "residents.unmask")}
          />
        ) : null}
        {data ? <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={goTo} /> : null}
      </section>
    </>
  );
}
