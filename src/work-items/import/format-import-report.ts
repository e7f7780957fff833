import type { ImportReport } from "./import-work-items.ts";
import type { RowError } from "./validate-import-rows.ts";

/**
 * How an all-or-nothing import reports back (work items, participations, demand records): the
 * row lines and the one-line outcome, Korean first, then English. Each import only words its own
 * success line; the error and dry-run wording is shared so the three read alike.
 */

/** What every all-or-nothing import report carries. */
export interface ImportOutcome {
  rows: number;
  dryRun: boolean;
  errors: readonly RowError[];
}

/** The lines the CLI prints for an import: one per problem, Korean first, then English. */
export function formatRowErrors(report: Pick<ImportOutcome, "errors">): string[] {
  return report.errors.map(
    (e) => `  ${e.row}행 (row ${e.row}) · ${e.column} [${e.field}]: ${e.messageKo} / ${e.messageEn}`,
  );
}

/** The outcome line: errors (nothing imported), a clean dry run, or `imported` when rows were written. */
export function formatImportOutcome(
  report: ImportOutcome,
  imported: { ko: string; en: string },
): { ko: string; en: string } {
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
  return imported;
}

export function formatImportSummary(report: ImportReport): { ko: string; en: string } {
  return formatImportOutcome(report, {
    ko: `일감 ${report.imported}건을 가져왔습니다.`,
    en: `Imported ${report.imported} work items.`,
  });
}
