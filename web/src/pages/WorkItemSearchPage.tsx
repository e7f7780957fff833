import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useWorkItems } from "../api/work-items.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { Pagination } from "../components/common/Pagination.tsx";
import { WorkItemCard } from "../components/work-items/WorkItemCard.tsx";
import { WorkItemFilters } from "../components/work-items/WorkItemFilters.tsx";
import {
  filtersFromParams,
  filtersToParams,
  type WorkItemFilterValues,
} from "../components/work-items/work-item-filters.ts";
import { useFormat } from "../lib/use-format.ts";

const PAGE_SIZE = 10;

/** /work-items: filters on the left (or above, on a phone) and the results with pagination. */
export function WorkItemSearchPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const page = Math.max(1, Number(params.get("page")) || 1);
  const query = filtersToParams(filters);
  const [filtersOpen, setFiltersOpen] = useState(Object.keys(query).length === 0);
  const result = useWorkItems({ ...query, page, pageSize: PAGE_SIZE });

  function search(next: WorkItemFilterValues) {
    setParams(filtersToParams(next));
  }
  function goTo(nextPage: number) {
    setParams(filtersToParams(filters, nextPage));
    document.getElementById("results-title")?.focus();
  }

  const data = result.data;
  return (
    <>
      <PageHeader title={t("search.title")} lead={t("search.lead")} />
      <div className="search-layout">
        <div className={`search-layout__filters panel${filtersOpen ? " is-open" : ""}`}>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="work-item-filters"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {filtersOpen ? t("search.hideFilters") : t("search.showFilters")}
          </button>
          <div id="work-item-filters" className="filters-body">
            <h2 className="section-title section-title--small">{t("search.filtersTitle")}</h2>
            <WorkItemFilters
              key={new URLSearchParams(query).toString()}
              initial={filters}
              onSearch={search}
            />
          </div>
        </div>
        <section className="search-layout__results" aria-labelledby="results-title">
          <h2 id="results-title" className="section-title" tabIndex={-1}>
            {t("search.resultsTitle")}
          </h2>
          <p className="results-count" role="status">
            {data ? t("search.count", { count: data.total, value: f.number(data.total) }) : ""}
          </p>
          {result.isLoading ? <LoadingMessage /> : null}
          {result.error ? <ErrorMessage error={result.error} onRetry={() => void result.refetch()} /> : null}
          {data && data.items.length === 0 ? <p className="empty-note">{t("search.empty")}</p> : null}
          {data && data.items.length > 0 ? (
            <ul className={`result-list${result.isPlaceholderData ? " is-stale" : ""}`}>
              {data.items.map((item) => (
                <li key={item.id}>
                  <WorkItemCard item={item} />
                </li>
              ))}
            </ul>
          ) : null}
          {data ? (
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={goTo} />
          ) : null}
        </section>
      </div>
    </>
  );
}
