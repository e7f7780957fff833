import type { z } from "zod";
import { lookupName, phoneLast4 } from "../../residents/domain/lookup-keys.ts";
import { RRN_PATTERN, ZId } from "../../shared/common.schema.ts";
import { toFieldErrors } from "../../shared/validation/field-errors.ts";
import {
  type CellResult,
  parseCategory,
  parseDate,
  parseNumber,
  parseProgram,
} from "../../work-items/import/cell-values.ts";
import { layoutColumnsOf } from "../../work-items/import/import-columns.ts";
import { type ImportTable, unreadableFile } from "../../work-items/import/import-table.ts";
import type { RowError } from "../../work-items/import/validate-import-rows.ts";
import { ZParticipationCreate } from "../participation.schema.ts";
import { checkHistoryDates } from "./history-date-bounds.ts";
import {
  PARTICIPATION_IMPORT_COLUMNS,
  PARTICIPATION_IMPORT_FIELDS,
  type ParticipationColumnLayout,
  type ParticipationImportField,
  participationColumnLabel,
} from "./participation-import-columns.ts";

/** Who a row is about: a resident id, or what the walk-in lookup compares (decision 0010). */
export type RowPerson =
  | { residentId: string }
  | { name: string; phoneLast4?: string | undefined; birthYear?: number | undefined };

export interface ParticipationRow {
  row: number;
  person: RowPerson;
  participation: z.infer<typeof ZParticipationCreate>;
}

export const MAX_PARTICIPATION_ROWS = 5000;

/**
 * The checks on the file as a whole: the program and start columns, a way to name the person
 * (주민ID, or 이름), no field twice, not too many rows. A file that fails them is refused as a
 * whole (400), before any row is read.
 */
export function checkParticipationShape(table: ImportTable): ParticipationColumnLayout {
  const layout = layoutColumnsOf(table.headers, PARTICIPATION_IMPORT_FIELDS, PARTICIPATION_IMPORT_COLUMNS);
  if (layout.duplicates.length > 0) {
    throw unreadableFile(
      `같은 항목의 열이 두 번 있습니다: ${layout.duplicates.map((f) => PARTICIPATION_IMPORT_COLUMNS[f].ko).join(", ")}`,
      `Two columns name the same field: ${layout.duplicates.join(", ")}`,
    );
  }
  const missing = PARTICIPATION_IMPORT_FIELDS.filter(
    (f) => PARTICIPATION_IMPORT_COLUMNS[f].required && layout.index[f] === undefined,
  );
  if (layout.index.residentId === undefined && layout.index.name === undefined) missing.unshift("name");
  if (missing.length > 0) {
    throw unreadableFile(
      `필수 열이 없습니다: ${missing.map((f) => (f === "name" ? "주민ID 또는 이름" : PARTICIPATION_IMPORT_COLUMNS[f].ko)).join(", ")}`,
      `Required columns are missing: ${missing.map((f) => (f === "name" ? "residentId or name" : f)).join(", ")}`,
    );
  }
  if (table.rows.length > MAX_PARTICIPATION_ROWS) {
    throw unreadableFile(
      `한 번에 ${MAX_PARTICIPATION_ROWS}행까지 가져올 수 있습니다 (파일: ${table.rows.length}행).`,
      `At most ${MAX_PARTICIPATION_ROWS} rows can be imported at once (the file has ${table.rows.length}).`,
    );
  }
  return layout;
}

/**
 * Reads every row against the participation contract (ZParticipationCreate) without touching the
 * database: labels become codes ("공공근로", "돌봄"), dates and hours are read as officers type
 * them, and the dates must be plausible history for `today` (the import day in Korea,
 * YYYY-MM-DD; see history-date-bounds.ts). What needs the database (who the person is, overlaps)
 * is checked by the import.
 */
export function validateParticipationRows(
  table: ImportTable,
  options: { today: string },
): {
  valid: ParticipationRow[];
  errors: RowError[];
  ignoredColumns: string[];
} {
  const layout = checkParticipationShape(table);
  const valid: ParticipationRow[] = [];
  const errors: RowError[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const result = validateRow(rowNumber, cells, layout, options.today);
    if (result.errors.length > 0) errors.push(...result.errors);
    else valid.push(result.row!);
  }
  return { valid, errors, ignoredColumns: layout.unknown };
}

type Parser = (text: string) => CellResult<unknown>;

const PARSERS: Record<ParticipationImportField, Parser> = {
  residentId: (text) =>
    ZId.safeParse(text.toLowerCase()).success
      ? { ok: true, value: text.toLowerCase() }
      : fail("invalid_id", `주민ID 형식이 아닙니다: ${text}`, `Not a resident id: ${text}`),
  name: (text) =>
    lookupName(text) === null
      ? fail("required", "이름이 비어 있습니다.", "The name is empty.")
      : { ok: true, value: text },
  phoneLast4: (text) => {
    const last4 = phoneLast4(text);
    return last4 === null
      ? fail(
          "invalid_phone",
          `전화번호 뒤 4자리를 읽을 수 없습니다: ${text}`,
          `Cannot read 4 digits: ${text}`,
        )
      : { ok: true, value: last4 };
  },
  birthYear: (text) => {
    const year = /^\d{4}$/.test(text)
      ? Number(text)
      : (() => {
          const date = parseDate(text);
          return date.ok ? Number(date.value.slice(0, 4)) : null;
        })();
    return year === null || year < 1900 || year > 2100
      ? fail(
          "invalid_birth_year",
          `출생연도는 1958처럼 네 자리로 적어 주세요: ${text}`,
          `Write the birth year as four digits (1958): ${text}`,
        )
      : { ok: true, value: year };
  },
  programCode: parseProgram,
  startDate: parseDate,
  endDate: parseDate,
  hoursPerWeek: parseNumber,
  field: parseCategory,
};

function fail(reason: string, messageKo: string, messageEn: string): CellResult<never> {
  return { ok: false, reason, messageKo, messageEn };
}

function validateRow(
  rowNumber: number,
  cells: readonly string[],
  layout: ParticipationColumnLayout,
  today: string,
): { row?: ParticipationRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const failed = new Set<string>();
  const error = (field: ParticipationImportField, reason: string, messageKo: string, messageEn: string) => {
    errors.push({
      row: rowNumber,
      column: participationColumnLabel(layout, field),
      field,
      reason,
      messageKo,
      messageEn,
    });
    failed.add(field);
  };
  const values: Partial<Record<ParticipationImportField, unknown>> = {};
  for (const field of PARTICIPATION_IMPORT_FIELDS) {
    const index = layout.index[field];
    const text = index === undefined ? "" : (cells[index] ?? "");
    if (text === "") continue;
    // A 주민등록번호 has no place in this file: it is refused, and never stored or echoed.
    if (RRN_PATTERN.test(text)) {
      error(
        field,
        "rrn_not_accepted",
        "주민등록번호는 받지 않습니다. 출생연도와 전화번호 뒤 4자리를 적어 주세요.",
        "Resident registration numbers are not accepted: give the birth year and the phone's last 4 digits.",
      );
      continue;
    }
    const parsed = PARSERS[field](text);
    if (parsed.ok) values[field] = parsed.value;
    else error(field, parsed.reason, parsed.messageKo, parsed.messageEn);
  }

  const person: RowPerson | null =
    typeof values.residentId === "string"
      ? { residentId: values.residentId }
      : typeof values.name === "string"
        ? {
            name: values.name,
            phoneLast4: values.phoneLast4 as string | undefined,
            birthYear: values.birthYear as number | undefined,
          }
        : null;
  if (!person && !failed.has("residentId") && !failed.has("name")) {
    error(
      layout.index.residentId !== undefined ? "residentId" : "name",
      "required",
      "누구의 참여인지 알 수 없습니다: 주민ID 또는 이름을 적어 주세요.",
      "Whose participation is it? Give the resident id or the name.",
    );
  }

  // Before the contract, so that a date it would refuse too is reported once, for its real reason.
  for (const problem of checkHistoryDates(values, today)) {
    if (!failed.has(problem.field))
      error(problem.field, problem.reason, problem.messageKo, problem.messageEn);
  }

  const input = {
    programCode: values.programCode,
    startDate: values.startDate,
    ...(values.endDate !== undefined ? { endDate: values.endDate } : {}),
    ...(values.hoursPerWeek !== undefined ? { hoursPerWeek: values.hoursPerWeek } : {}),
    ...(values.field !== undefined ? { field: values.field } : {}),
    source: "imported" as const,
  };
  const parsed = ZParticipationCreate.safeParse(input);
  if (!parsed.success) {
    for (const fieldError of toFieldErrors(parsed.error.issues, input)) {
      const field = (fieldError.field.split(".")[0] ?? "") as ParticipationImportField;
      // A cell that could not be read is reported once, not again as "required"; the order of the
      // dates is checkHistoryDates' (worded for dates, and only when both are real dates).
      if (failed.has(field) || fieldError.reason === "end_date_before_start") continue;
      const known = (PARTICIPATION_IMPORT_FIELDS as readonly string[]).includes(field);
      errors.push({
        row: rowNumber,
        column: known ? participationColumnLabel(layout, field) : fieldError.field,
        ...fieldError,
      });
    }
  }
  return errors.length === 0 && parsed.success && person
    ? { row: { row: rowNumber, person, participation: parsed.data }, errors }
    : { errors };
}
