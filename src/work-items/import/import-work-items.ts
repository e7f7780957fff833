import type { Db } from "../../db/client.ts";
import { AppError } from "../../shared/errors.ts";
import { toWorkItemRow } from "../work-item.rows.ts";
import { type ColumnLayout, columnLabel, layoutColumns } from "./import-columns.ts";
import type { ImportTable } from "./import-table.ts";
import { type RowError, type RowReferences, validateImportRows } from "./validate-import-rows.ts";
import {
  findExistingSigunguCodes,
  findImportOrganizations,
  insertWorkItemsAtomically,
} from "./work-item-import.repository.ts";

export interface ImportOptions {
  /** The institution every row belongs to (instead of, or checked against, a 기관ID column). */
  organizationId?: string | undefined;
  /** Check everything, write nothing. */
  dryRun?: boolean | undefined;
}

export interface ImportReport {
  rows: number;
  /** Rows written (0 on a dry run or when any row is bad). */
  imported: number;
  dryRun: boolean;
  errors: RowError[];
  ignoredColumns: string[];
}

/**
 * Imports work items from a table: every row is checked against the work-item contract and its
 * institution must exist and be active; then either all rows are inserted in one transaction,
 * or, if any row is bad, none is and every problem is reported with its row and column.
 */
export async function importWorkItems(
  db: Db,
  table: ImportTable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { valid, errors, references, ignoredColumns } = validateImportRows(table, options);
  const organizations = new Map(
    (await findImportOrganizations(db, unique(references.flatMap((r) => r.organizationId ?? [])))).map(
      (o) => [o.id, o],
    ),
  );
  if (options.organizationId)
    checkGivenOrganization(organizations.get(options.organizationId), options.organizationId);
  const regionCodes = await findExistingSigunguCodes(
    db,
    unique(references.flatMap((r) => r.regionCode ?? [])),
  );
  errors.push(...checkReferences(layoutColumns(table.headers), references, organizations, regionCodes));
  errors.sort((a, b) => a.row - b.row);
  const report = {
    rows: table.rows.length,
    imported: 0,
    dryRun: options.dryRun === true,
    errors,
    ignoredColumns,
  };
  if (errors.length > 0 || report.dryRun) return report;

  const rows = valid.map(({ input }) => toWorkItemRow(input, organizations.get(input.organizationId)!));
  return { ...report, imported: await insertWorkItemsAtomically(db, rows) };
}

/** A wrong --organization is one mistake, not one per row. */
function checkGivenOrganization(organization: { name: string; status: string } | undefined, id: string) {
  if (!organization) {
    throw new AppError("not_found", {
      ko: `등록되지 않은 기관입니다: ${id}`,
      en: `No institution with this id: ${id}`,
    });
  }
  if (organization.status !== "active") {
    throw new AppError("unprocessable", {
      ko: `운영을 마친 기관에는 일감을 등록할 수 없습니다: ${organization.name}`,
      en: `The institution is closed and cannot post work: ${organization.name}`,
    });
  }
}

/** The checks that need the database: the institution exists and is active, the region exists. */
function checkReferences(
  layout: ColumnLayout,
  references: readonly RowReferences[],
  organizations: ReadonlyMap<string, { name: string; status: string }>,
  regionCodes: ReadonlySet<string>,
): RowError[] {
  const errors: RowError[] = [];
  for (const { row, organizationId, regionCode } of references) {
    const organization = organizationId ? organizations.get(organizationId) : undefined;
    const column = columnLabel(layout, "organizationId");
    if (organizationId && !organization) {
      errors.push({
        row,
        column,
        field: "organizationId",
        reason: "organization_not_found",
        messageKo: `등록되지 않은 기관입니다: ${organizationId}`,
        messageEn: `No institution with this id: ${organizationId}`,
      });
    } else if (organization && organization.status !== "active") {
      errors.push({
        row,
        column,
        field: "organizationId",
        reason: "organization_closed",
        messageKo: `운영을 마친 기관에는 일감을 등록할 수 없습니다: ${organization.name}`,
        messageEn: `The institution is closed and cannot post work: ${organization.name}`,
      });
    }
    if (regionCode && !regionCodes.has(regionCode)) {
      errors.push({
        row,
        column: columnLabel(layout, "regionCode"),
        field: "regionCode",
        reason: "region_not_found",
        messageKo: `없는 시군구 코드입니다: ${regionCode}`,
        messageEn: `Unknown 시군구 code: ${regionCode}`,
      });
    }
  }
  return errors;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
