import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { type AuditAction, useAuditLog } from "../api/audit.ts";
import { ApiError } from "../api/http.ts";
import { useAuth } from "../app/auth-context.ts";
import { AuditFilters } from "../components/audit/AuditFilters.tsx";
import { AuditTable } from "../components/audit/AuditTable.tsx";
import { isAction } from "../components/audit/audit-action.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { Pagination } from "../components/common/Pagination.tsx";
import { useFormat } from "../lib/use-format.ts";

const PAGE_SIZE = 20;

/**
 * /audit (감사 기록), for officers and administrators: who read or changed what, who signed in or
 * failed to, newest first, optionally one action only (?action=login_failed).
 * If the server does not (yet) let this role search it (403) or has no such route (404), the
 * page says the screen is coming rather than showing an error.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const actionParam = params.get("action");
  const action = isAction(actionParam) ? actionParam : undefined;
  const result = useAuditLog({ region: user?.regionCode, action, page, pageSize: PAGE_SIZE });
  const unavailable = result.error instanceof ApiError && [403, 404].includes(result.error.status);

  function show(next: { action?: AuditAction | undefined; page: number }) {
    setParams({
      ...(next.action ? { action: next.action } : {}),
      ...(next.page > 1 ? { page: String(next.page) } : {}),
    });
    document.getElementById("audit-title")?.focus();
  }

  const data = result.data;
  return (
    <>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      {unavailable ? (
        <div className="alert alert--info" role="status">
          <p>{t("audit.coming")}</p>
        </div>
      ) : (
        <section className="page-section" aria-labelledby="audit-title">
          <AuditFilters
            key={action ?? ""}
            action={action}
            onSearch={(next) => show({ action: next, page: 1 })}
          />
          <h2 id="audit-title" className="section-title" tabIndex={-1}>
            {t("audit.resultsTitle")}
          </h2>
          <p className="results-count" role="status">
            {data ? t("audit.count", { count: data.total, value: f.number(data.total) }) : ""}
          </p>
          {result.isLoading ? <LoadingMessage /> : null}
          {result.error ? <ErrorMessage error={result.error} onRetry={() => void result.refetch()} /> : null}
          {data && data.items.length === 0 ? <p className="empty-note">{t("audit.empty")}</p> : null}
          {data && data.items.length > 0 ? (
            <AuditTable entries={data.items} stale={result.isPlaceholderData} />
          ) : null}
          {data ? (
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(next) => show({ action, page: next })}
            />
          ) : null}
        </section>
      )}
    </>
  );
}
