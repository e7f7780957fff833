import { SYSTEM_ACTOR } from "../../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Db } from "../../db/client.ts";
import { formatImportOutcome } from "../../work-items/import/format-import-report.ts";
import type { ImportTable } from "../../work-items/import/import-table.ts";
import { findExistingSigunguCodes } from "../../work-items/import/work-item-import.repository.ts";
import { upsertObservations } from "../demand-observation.repository.ts";
import { monthOfDate } from "../domain/months.ts";
import { demandColumnLabel, layoutDemandColumns } from "./demand-import-columns.ts";
import { type DemandRowError, validateDemandRows } from "./validate-demand-rows.ts";

export interface DemandImportReport {
  rows: number;
  /** Rows written (0 on a dry run or when any row is bad). */
  imported: number;
  regions: number;
  dryRun: boolean;
  errors: DemandRowError[];
  ignoredColumns: string[];
}

/**
 * Imports a district's monthly demand records (source "import"): every row is checked, the
 * 시군구 codes against the regions table; then all rows are written in one transaction (an
 * existing month of the same district and category is replaced) with one audit entry, or, if
 * any row is bad, nothing is written and every problem is reported with its row and column.
 */
export async function importDemandObservations(
  db: Db,
  table: ImportTable,
  options: { now: Date; dryRun?: boolean; fileName?: string },
): Promise<DemandImportReport> {
  const { valid, errors, ignoredColumns } = validateDemandRows(table, monthOfDate(options.now));
  const codes = [...new Set(valid.map((r) => r.regionCode))];
  const known = await findExistingSigunguCodes(db, codes);
  const column = demandColumnLabel(layoutDemandColumns(table.headers), "regionCode");
  for (const row of valid) {
    if (!known.has(row.regionCode)) {
      errors.push({
        row: row.row,
        column,
        field: "regionCode",
        reason: "region_not_found",
        messageKo: `없는 시군구 코드입니다: ${row.regionCode}`,
        messageEn: `Unknown 시군구 code: ${row.regionCode}`,
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const report: DemandImportReport = {
    rows: table.rows.length,
    imported: 0,
    regions: codes.length,
    dryRun: options.dryRun === true,
    errors,
    ignoredColumns,
  };
  if (errors.length > 0 || report.dryRun) return report;
  const imported = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const written = await upsertObservations(
      t,
      "import",
      valid.map(({ row: _row, ...observation }) => observation),
    );
    await recordAudit(t, SYSTEM_ACTOR, {
      action: "create",
      subjectType: "demand_observations",
      subjectId: null,
      regionCode: codes.length === 1 ? codes[0]! : null,
      details: { rows: written, regions: codes.length, source: "import", file: options.fileName ?? null },
      at: options.now,
    });
    return written;
  });
  return { ...report, imported };
}

/** The one-line outcome of a demand import, Korean and English (row lines: formatRowErrors). */
export function formatDemandImportSummary(report: DemandImportReport): { ko: string; en: string } {
  return formatImportOutcome(report, {
    ko: `수요 기록 ${report.imported}건을 가져왔습니다 (시군구 ${report.regions}곳).`,
    en: `Imported ${report.imported} demand observations for ${report.regions} districts.`,
  });
}
