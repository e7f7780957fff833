import { useTranslation } from "react-i18next";

/**
 * What the file must hold, in four lines, before the officer chooses it: who each row is about,
 * the program, the dates, and what may be added. The full column list is in
 * examples/participations/README.md; the import itself names every problem by row and column.
 */
export function ImportFormatHelp() {
  const { t } = useTranslation();
  return (
    <section className="page-section" aria-labelledby="participation-import-format">
      <h2 id="participation-import-format" className="section-title section-title--small">
        {t("participationImport.formatTitle")}
      </h2>
      <p>{t("participationImport.formatLead")}</p>
      <ul className="import-format-list">
        <li>{t("participationImport.formatPerson")}</li>
        <li>{t("participationImport.formatProgram")}</li>
        <li>{t("participationImport.formatDates")}</li>
        <li>{t("participationImport.formatOptional")}</li>
      </ul>
      <div className="alert alert--warning">
        <p>{t("participationImport.rrnNote")}</p>
      </div>
    </section>
  );
}
