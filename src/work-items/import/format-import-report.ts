import type { ImportReport } from "./import-work-items.ts";

/** The lines the CLI prints for an import: one per problem, Korean first, then English. */
export function formatRowErrors(report: ImportReport): string[] {
  return report.errors.map(
    (e) => `  ${e.row}행 (row ${e.row}) · ${e.column} [${e.field}]: ${e.messageKo} / ${e.messageEn}`,
  );
}

export function formatImportSummary(report: ImportReport): { ko: string; en: string } {
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
  return { ko: `일감 ${report.imported}건을 가져왔습니다.`, en: `Imported ${report.imported} work items.` };
}
