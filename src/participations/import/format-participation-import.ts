import type { ParticipationImportReport } from "./import-participations.ts";

/** The one-line outcome of a participation import, Korean and English (row lines: formatRowErrors). */
export function formatParticipationSummary(report: ParticipationImportReport): { ko: string; en: string } {
  if (report.errors.length > 0) {
    const rows = new Set(report.errors.map((e) => e.row)).size;
    return {
      ko: `${report.rows}행 중 ${rows}행에 오류가 있어 아무것도 가져오지 않았습니다.`,
      en: `${rows} of ${report.rows} rows have errors; nothing was imported.`,
    };
  }
  if (report.dryRun) {
    return {
      ko: `검사 완료: ${report.rows}행 모두 올바릅니다 (--dry-run: 저장하지 않음).`,
      en: `Dry run: all ${report.rows} rows are valid; nothing was written.`,
    };
  }
  return {
    ko: `참여 이력 ${report.imported}건(주민 ${report.residents}명)을 가져왔습니다.`,
    en: `Imported ${report.imported} participations of ${report.residents} residents.`,
  };
}
