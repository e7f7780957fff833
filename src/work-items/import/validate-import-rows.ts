import { ZId, ZSigunguCode } from "../../shared/common.schema.ts";
import { toFieldErrors } from "../../shared/validation/field-errors.ts";
import { type TWorkItemCreate, type TWorkItemCreateInput, ZWorkItemCreate } from "../work-item.schema.ts";
import {
  type CellResult,
  parseBoolean,
  parseCategory,
  parseCertificates,
  parseDate,
  parseGroups,
  parseKind,
  parseNumber,
  parseProgram,
  parseSchedule,
  parseSkills,
  parseStatus,
} from "./cell-values.ts";
import {
  type ColumnLayout,
  columnLabel,
  IMPORT_COLUMNS,
  IMPORT_FIELDS,
  type ImportField,
  layoutColumns,
} from "./import-columns.ts";
import { type ImportTable, unreadableFile } from "./import-table.ts";

/** One problem in one row, worded for the officer who will fix the file. */
export interface RowError {
  row: number;
  /** The column header as written in the file (or the standard Korean one). */
  column: string;
  /** The contract's field path, e.g. "hourlyWage" or "schedule.2.end". */
  field: string;
  reason: string;
  messageKo: string;
  messageEn: string;
}

export interface ValidRow {
  row: number;
  input: TWorkItemCreate;
}

/** What a row points at, when it is well-formed, so that the database checks cover bad rows too. */
export interface RowReferences {
  row: number;
  organizationId: string | null;
  regionCode: string | null;
}

export interface ImportValidation {
  valid: ValidRow[];
  errors: RowError[];
  references: RowReferences[];
  /** Headers that were not recognised and so ignored. */
  ignoredColumns: string[];
}

export const MAX_IMPORT_ROWS = 5000;

type Parser = (text: string) => CellResult<unknown>;

const PARSERS: Partial<Record<ImportField, Parser>> = {
  programCode: parseProgram,
  category: parseCategory,
  kind: parseKind,
  status: parseStatus,
  remote: parseBoolean,
  lat: parseNumber,
  lng: parseNumber,
  schedule: parseSchedule,
  hoursPerWeek: parseNumber,
  startDate: parseDate,
  endDate: parseDate,
  headcount: parseNumber,
  hourlyWage: parseNumber,
  requiredSkills: parseSkills,
  preferredSkills: parseSkills,
  requiredCertificates: parseCertificates,
  preferredCertificates: parseCertificates,
  targetGroups: parseGroups,
};

/**
 * Checks a whole table against the work-item contract (ZWorkItemCreate), row by row, without
 * touching the database. `organizationId`, when given, is the institution every row belongs to;
 * a row's own 기관ID, if present, must then be the same.
 */
export function validateImportRows(
  table: ImportTable,
  options: { organizationId?: string | undefined } = {},
): ImportValidation {
  const layout = checkImportShape(table, options);
  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  const references: RowReferences[] = [];
  for (const row of table.rows) {
    const result = validateRow(row.rowNumber, row.cells, layout, options);
    if (result.errors.length > 0) errors.push(...result.errors);
    else if (result.input) valid.push({ row: row.rowNumber, input: result.input });
    references.push(result.references);
  }
  return { valid, errors, references, ignoredColumns: layout.unknown };
}

/**
 * The checks on the file as a whole (required columns present, none twice, not too many rows),
 * which the CLI runs before it opens the database.
 */
export function checkImportShape(
  table: ImportTable,
  options: { organizationId?: string | undefined } = {},
): ColumnLayout {
  const layout = layoutColumns(table.headers);
  checkColumns(layout, options);
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw unreadableFile(
      `한 번에 ${MAX_IMPORT_ROWS}행까지 가져올 수 있습니다 (파일: ${table.rows.length}행).`,
      `At most ${MAX_IMPORT_ROWS} rows can be imported at once (the file has ${table.rows.length}).`,
    );
  }
  return layout;
}

function checkColumns(layout: ColumnLayout, options: { organizationId?: string | undefined }) {
  if (layout.duplicates.length > 0) {
    const names = layout.duplicates.map((f) => IMPORT_COLUMNS[f].ko).join(", ");
    throw unreadableFile(
      `같은 항목의 열이 두 번 있습니다: ${names}`,
      `Two columns name the same field: ${layout.duplicates.join(", ")}`,
    );
  }
  const missing = IMPORT_FIELDS.filter(
    (f) =>
      IMPORT_COLUMNS[f].required &&
      layout.index[f] === undefined &&
      !(f === "organizationId" && options.organizationId),
  );
  if (missing.length > 0) {
    const ko = missing.map((f) => IMPORT_COLUMNS[f].ko).join(", ");
    throw unreadableFile(
      `필수 열이 없습니다: ${ko}${missing.includes("organizationId") ? " (기관ID 열 대신 --organization 옵션을 쓸 수 있습니다)" : ""}`,
      `Required columns are missing: ${missing.join(", ")}${missing.includes("organizationId") ? " (or pass --organization)" : ""}`,
    );
  }
}

function validateRow(
  rowNumber: number,
  cells: readonly string[],
  layout: ColumnLayout,
  options: { organizationId?: string | undefined },
): { input?: TWorkItemCreate; errors: RowError[]; references: RowReferences } {
  const errors: RowError[] = [];
  const failed = new Set<string>();
  const error = (
    field: ImportField,
    reason: string,
    messageKo: string,
    messageEn: string,
    path: string = field,
  ) => {
    errors.push({
      row: rowNumber,
      column: columnLabel(layout, field),
      field: path,
      reason,
      messageKo,
      messageEn,
    });
    failed.add(field);
  };
  const values: Partial<Record<ImportField, unknown>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = layout.index[field];
    const text = index === undefined ? "" : (cells[index] ?? "");
    if (text === "") continue;
    const parser = PARSERS[field];
    if (!parser) {
      values[field] = text;
      continue;
    }
    const parsed = parser(text);
    if (parsed.ok) values[field] = parsed.value;
    else error(field, parsed.reason, parsed.messageKo, parsed.messageEn);
  }

  if (options.organizationId) {
    if (values.organizationId !== undefined && values.organizationId !== options.organizationId) {
      error(
        "organizationId",
        "organization_mismatch",
        `--organization 으로 지정한 기관(${options.organizationId})과 다릅니다.`,
        `Differs from the --organization given (${options.organizationId}).`,
      );
    }
    values.organizationId = options.organizationId;
  }
  const hasLat = values.lat !== undefined || failed.has("lat");
  const hasLng = values.lng !== undefined || failed.has("lng");
  if (hasLat !== hasLng) {
    const missing = hasLat ? "lng" : "lat";
    error(
      missing,
      "location_incomplete",
      "위도와 경도를 함께 적어 주세요.",
      "Give both latitude and longitude.",
      `location.${missing}`,
    );
  }

  const { lat, lng, ...rest } = values;
  const input: Record<string, unknown> = { ...rest };
  if (lat !== undefined && lng !== undefined) input.location = { lat, lng };
  for (const field of failed) delete input[field === "lat" || field === "lng" ? "location" : field];

  const references: RowReferences = {
    row: rowNumber,
    organizationId: ZId.safeParse(input.organizationId).success ? (input.organizationId as string) : null,
    regionCode: ZSigunguCode.safeParse(input.regionCode).success ? (input.regionCode as string) : null,
  };
  const parsed = ZWorkItemCreate.safeParse(input as TWorkItemCreateInput);
  if (!parsed.success) {
    for (const fieldError of toFieldErrors(parsed.error.issues, input)) {
      const field = fieldOf(fieldError.field);
      // A cell that could not be read is reported once, not again as "required".
      if (
        failed.has(field) ||
        (field === "lat" && failed.has("lng")) ||
        (field === "lng" && failed.has("lat"))
      )
        continue;
      // With an unreadable 원격 cell we cannot know whether a place is needed.
      if (fieldError.reason === "place_required" && failed.has("remote")) continue;
      errors.push({ row: rowNumber, column: columnFor(layout, fieldError.field), ...fieldError });
    }
  }
  return errors.length === 0 && parsed.success
    ? { input: parsed.data, errors, references }
    : { errors: withoutRepeats(errors), references };
}

/** The same message for the same column once per row ("schedule.0.end", "schedule.1.end" …). */
function withoutRepeats(errors: readonly RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.column}|${e.reason}|${e.messageKo}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The import field a contract path belongs to: "schedule.2.end" → schedule, "location.lat" → lat. */
function fieldOf(path: string): ImportField | "location" {
  const [head, next] = path.split(".");
  if (head === "location") return next === "lng" ? "lng" : next === "lat" ? "lat" : "location";
  return (IMPORT_FIELDS as readonly string[]).includes(head ?? "") ? (head as ImportField) : "title";
}

function columnFor(layout: ColumnLayout, path: string): string {
  const field = fieldOf(path);
  if (field === "location") return `${columnLabel(layout, "lat")}/${columnLabel(layout, "lng")}`;
  return columnLabel(layout, field);
}
