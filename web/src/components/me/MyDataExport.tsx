import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/http.ts";
import { useExportMyData } from "../../api/me.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";

/**
 * "내 데이터 내려받기": GET /api/me/export saved as a JSON file. Where the server does not offer
 * it yet (404), it says so instead of pretending.
 */
export function MyDataExport() {
  const { t } = useTranslation();
  const exportData = useExportMyData();
  const missing = exportData.error instanceof ApiError && exportData.error.status === 404;
  return (
    <section className="panel stack" aria-labelledby="me-export-title">
      <h2 id="me-export-title" className="section-title section-title--small">
        {t("me.exportTitle")}
      </h2>
      <p>{t("me.exportText")}</p>
      <p>
        <button
          type="button"
          className="button button--secondary button--large"
          onClick={() => {
            if (!exportData.isPending) exportData.mutate();
          }}
          aria-disabled={exportData.isPending || undefined}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="tool-button__icon">
            <path
              d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.7"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {exportData.isPending ? t("me.exporting") : t("me.exportButton")}
        </button>
      </p>
      <div role="status">
        {exportData.data ? (
          <p className="alert alert--success">{t("me.exported", { name: exportData.data.filename })}</p>
        ) : null}
      </div>
      {missing ? (
        <div className="alert alert--warning" role="alert">
          <p>{t("me.exportMissing")}</p>
        </div>
      ) : exportData.error ? (
        <ErrorMessage error={exportData.error} />
      ) : null}
    </section>
  );
}
