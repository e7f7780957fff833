import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { ImportFormatHelp } from "../components/participations/ImportFormatHelp.tsx";
import { ParticipationImportForm } from "../components/participations/ParticipationImportForm.tsx";
import "../components/participations/participations.css";

/**
 * /participations/import (참여 이력 가져오기), for the officers who may record participations:
 * upload a CSV or XLSX history file, check it without saving, then import it, all rows or none.
 * People are found within the officer's own region by the server (POST /api/participations/import).
 */
export function ParticipationImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("participationImport.title")} lead={t("participationImport.lead")} />
      <ImportFormatHelp />
      <ParticipationImportForm />
    </>
  );
}
