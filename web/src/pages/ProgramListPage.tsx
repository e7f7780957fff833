import { useTranslation } from "react-i18next";
import { PROGRAM_CODES } from "../../../src/programs/domain/program-catalogue.ts";
import { usePrograms } from "../api/programs.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { ProgramTable } from "../components/programs/ProgramTable.tsx";
import "../components/programs/programs.css";

/** /programs: the programs Maeul covers (public); officers open one to see and set their region's rules. */
export function ProgramListPage() {
  const { t } = useTranslation();
  const programs = usePrograms();
  const order = (code: string) => PROGRAM_CODES.indexOf(code as (typeof PROGRAM_CODES)[number]);
  return (
    <>
      <PageHeader title={t("programs.listTitle")} lead={t("programs.listLead")} />
      {programs.isLoading ? <LoadingMessage /> : null}
      {programs.error ? (
        <ErrorMessage error={programs.error} onRetry={() => void programs.refetch()} />
      ) : null}
      {programs.data ? (
        <ProgramTable programs={[...programs.data].sort((a, b) => order(a.code) - order(b.code))} />
      ) : null}
    </>
  );
}
