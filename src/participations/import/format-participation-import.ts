import { formatImportOutcome } from "../../work-items/import/format-import-report.ts";
import type { ParticipationImportReport } from "./import-participations.ts";

/** The one-line outcome of a participation import, Korean and English (row lines: formatRowErrors). */
export function formatParticipationSummary(report: ParticipationImportReport): { ko: string; en: string } {
  return formatImportOutcome(report, {
    ko: `참여 이력 ${report.imported}건(주민 ${report.residents}명)을 가져왔습니다.`,
    en: `Imported ${report.imported} participations of ${report.residents} residents.`,
  });
}
