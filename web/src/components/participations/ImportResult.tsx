import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ParticipationImportOutcome } from "../../api/participations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ImportErrorTable } from "./ImportErrorTable.tsx";

/**
 * What the import said about one file: all rows valid (a check) or saved (an import), or the
 * rows to fix. The heading takes focus when a new answer arrives, so a screen reader reads it
 * and keyboard users continue from there.
 */
export function ImportResult({
  outcome,
  fileName,
}: {
  outcome: ParticipationImportOutcome;
  fileName: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (outcome) heading.current?.focus();
  }, [outcome]);
  const { report, refusal } = outcome;
  return (
    <section className="page-section import-result" aria-labelledby="participation-import-result">
      <h2 id="participation-import-result" ref={heading} tabIndex={-1} className="section-title">
        {t("participationImport.resultTitle", { file: fileName })}
      </h2>
      {refusal ? (
        <>
          <div className="alert alert--danger" role="alert">
            <p>{pick(refusal.messageKo, refusal.messageEn)}</p>
            <p>{t("participationImport.refusedNote")}</p>
          </div>
          <ImportErrorTable errors={report.errors} />
        </>
      ) : report.dryRun ? (
        <div className="alert alert--success" role="status">
          <p>
            {t("participationImport.checkedOk", {
              rows: f.number(report.rows),
              residents: f.number(report.residents),
            })}
          </p>
          <p>{t("participationImport.checkedNext")}</p>
        </div>
      ) : (
        <div className="alert alert--success" role="status">
          <p>
            {t("participationImport.imported", {
              count: report.imported,
              residents: f.number(report.residents),
            })}
          </p>
          <p>{t("participationImport.importedAudit")}</p>
        </div>
      )}
      {report.ignoredColumns.length > 0 ? (
        <div className="alert alert--info">
          <p>{t("participationImport.ignored", { columns: report.ignoredColumns.join(", ") })}</p>
        </div>
      ) : null}
    </section>
  );
}
