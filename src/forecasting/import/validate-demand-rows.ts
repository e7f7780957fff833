import type { WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import { type CellResult, parseCategory, parseNumber } from "../../work-items/import/cell-values.ts";
import { type ImportTable, unreadableFile } from "../../work-items/import/import-table.ts";
import type { DemandObservationRow } from "../demand-observation.repository.ts";
import { formatMonth, type MonthIndex } from "../domain/months.ts";
import {
  DEMAND_IMPORT_COLUMNS,
  DEMAND_IMPORT_FIELDS,
  type DemandColumnLayout,
  type DemandImportField,
  demandColumnLabel,
  layoutDemandColumns,
} from "./demand-import-columns.ts";

/**
 * Checks every row of a demand-observation file without touching the database: codes, the
 * category (Korean labels accepted: 돌봄, 환경 …), the month ("2024-07", "2024.7", "2024년 7월",
 * "202407", an Excel date on the 1st), non-negative figures, filled ≤ posted, no month in the
 * future, no (district, category, month) twice.
 */
export interface DemandRowError {
  row: number;
  column: string;
  field: string;
  reason: string;
  messageKo: string;
  messageEn: string;
}

export interface DemandValidation {
  valid: (DemandObservationRow & { row: number })[];
  errors: DemandRowError[];
  ignoredColumns: string[];
}

export const MAX_DEMAND_IMPORT_ROWS = 200_000;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string, messageKo: string, messageEn: string): CellResult<never> => ({
  ok: false,
  reason,
  messageKo,
  messageEn,
});

/** A month in the ways Korean spreadsheets write one; a full date must be the 1st. */
export function parseMonthCell(text: string): CellResult<MonthIndex> {
  const compact = text.replace(/\s/g, "").replace(/\.$/, "");
  const match =
    /^(\d{4})[-./년](\d{1,2})월?$/.exec(compact) ??
    /^(\d{4})(\d{2})$/.exec(compact) ??
    /^(\d{4})[-./년](\d{1,2})[-./월](\d{1,2})일?$/.exec(compact);
  const invalid = fail(
    "invalid_month",
    `연월은 2024-07 형식으로 적어 주세요: ${text}`,
    `Write the month as 2024-07: ${text}`,
  );
  if (!match) return invalid;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return invalid;
  if (match[3] !== undefined && Number(match[3]) !== 1) {
    return fail(
      "not_first_of_month",
      `월 단위 자료입니다. 날짜를 쓰려면 1일로 적어 주세요: ${text}`,
      `Figures are monthly; a date must be the 1st of the month: ${text}`,
    );
  }
  return ok(year * 12 + month - 1);
}

function parseCount(text: string): CellResult<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value) || parsed.value < 0) {
    return fail("not_a_count", `0 이상의 정수여야 합니다: ${text}`, `Must be a whole number ≥ 0: ${text}`);
  }
  return parsed;
}

function parseHours(text: string): CellResult<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0 || parsed.value > 10_000_000) {
    return fail(
      "out_of_range",
      `시간은 0 이상 10,000,000 이하여야 합니다: ${text}`,
      `Hours must be between 0 and 10,000,000: ${text}`,
    );
  }
  return parsed;
}

function parseRegionCode(text: string): CellResult<string> {
  const code = text.replace(/\s/g, "");
  // A 10-digit 행정표준코드 (1162000000) names the same 시군구 by its first five digits.
  if (/^\d{5}$/.test(code)) return ok(code);
  if (/^\d{5}0{5}$/.test(code)) return ok(code.slice(0, 5));
  return fail(
    "invalid_region_code",
    `시군구코드는 5자리 숫자입니다 (예: 11620): ${text}`,
    `The 시군구 code has 5 digits (e.g. 11620): ${text}`,
  );
}

type Parsed = {
  regionCode: string;
  category: WorkCategory;
  period: MonthIndex;
  hoursRequested: number;
  itemsPosted: number;
  itemsFilled: number;
  unmetRequests: number;
};

const PARSERS: Record<DemandImportField, (text: string) => CellResult<unknown>> = {
  regionCode: parseRegionCode,
  category: parseCategory,
  period: parseMonthCell,
  hoursRequested: parseHours,
  itemsPosted: parseCount,
  itemsFilled: parseCount,
  unmetRequests: parseCount,
};

/** The whole-file checks (columns, size), which the CLI runs before it opens the database. */
export function checkDemandImportShape(table: ImportTable): DemandColumnLayout {
  const layout = layoutDemandColumns(table.headers);
  if (layout.duplicates.length > 0) {
    throw unreadableFile(
      `같은 항목의 열이 두 번 있습니다: ${layout.duplicates.map((f) => DEMAND_IMPORT_COLUMNS[f].ko).join(", ")}`,
      `Two columns name the same field: ${layout.duplicates.join(", ")}`,
    );
  }
  const missing = DEMAND_IMPORT_FIELDS.filter(
    (f) => DEMAND_IMPORT_COLUMNS[f].required && layout.index[f] === undefined,
  );
  if (missing.length > 0) {
    throw unreadableFile(
      `필수 열이 없습니다: ${missing.map((f) => DEMAND_IMPORT_COLUMNS[f].ko).join(", ")} (시군구코드, 분야, 연월, 요청시간)`,
      `Required columns are missing: ${missing.join(", ")} (region_code, category, period, hours_requested)`,
    );
  }
  if (table.rows.length > MAX_DEMAND_IMPORT_ROWS) {
    throw unreadableFile(
      `한 번에 ${MAX_DEMAND_IMPORT_ROWS}행까지 가져올 수 있습니다 (파일: ${table.rows.length}행).`,
      `At most ${MAX_DEMAND_IMPORT_ROWS} rows can be imported at once (the file has ${table.rows.length}).`,
    );
  }
  return layout;
}

function cellOf(cells: readonly string[], layout: DemandColumnLayout, field: DemandImportField): string {
  const index = layout.index[field];
  return index === undefined ? "" : (cells[index] ?? "").trim();
}

/** `currentMonth`: the month the clock is in; rows for it or later are refused (not yet observed). */
export function validateDemandRows(table: ImportTable, currentMonth: MonthIndex): DemandValidation {
  const layout = checkDemandImportShape(table);
  const valid: (DemandObservationRow & { row: number })[] = [];
  const errors: DemandRowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of table.rows) {
    const rowErrors: DemandRowError[] = [];
    const error = (field: DemandImportField, r: { reason: string; messageKo: string; messageEn: string }) =>
      rowErrors.push({
        row: rowNumber,
        column: demandColumnLabel(layout, field),
        field,
        reason: r.reason,
        messageKo: r.messageKo,
        messageEn: r.messageEn,
      });
    const values: Partial<Parsed> = {};
    for (const field of DEMAND_IMPORT_FIELDS) {
      const text = cellOf(cells, layout, field);
      if (text === "") {
        if (DEMAND_IMPORT_COLUMNS[field].required) {
          error(field, {
            reason: "required",
            messageKo: "값이 비어 있습니다.",
            messageEn: "The value is missing.",
          });
        }
        continue;
      }
      const parsed = PARSERS[field](text);
      if (parsed.ok) (values as Record<string, unknown>)[field] = parsed.value;
      else error(field, parsed);
    }
    const posted = values.itemsPosted ?? 0;
    const filled = values.itemsFilled ?? 0;
    if (values.itemsFilled !== undefined && values.itemsPosted !== undefined && filled > posted) {
      error("itemsFilled", {
        reason: "filled_exceeds_posted",
        messageKo: `충원 일감 수(${filled})가 게시 일감 수(${posted})보다 많습니다.`,
        messageEn: `Filled items (${filled}) exceed posted items (${posted}).`,
      });
    } else if (values.itemsFilled !== undefined && !cellOf(cells, layout, "itemsPosted")) {
      error("itemsPosted", {
        reason: "posted_required",
        messageKo: "충원 일감 수를 적으면 게시 일감 수도 적어 주세요.",
        messageEn: "Give the posted items when you give the filled items.",
      });
    }
    if (values.period !== undefined && values.period >= currentMonth) {
      error("period", {
        reason: "not_yet_observed",
        messageKo: `${formatMonth(values.period)}: 아직 끝나지 않은 달은 가져올 수 없습니다.`,
        messageEn: `${formatMonth(values.period)}: a month that has not ended cannot be imported.`,
      });
    }
    if (values.regionCode && values.category && values.period !== undefined) {
      const key = `${values.regionCode}|${values.category}|${values.period}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        error("period", {
          reason: "duplicate_row",
          messageKo: `${first}행과 같은 시군구·분야·연월입니다.`,
          messageEn: `Same district, category and month as row ${first}.`,
        });
      } else {
        firstRowOf.set(key, rowNumber);
      }
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    valid.push({
      row: rowNumber,
      regionCode: values.regionCode!,
      category: values.category!,
      period: `${formatMonth(values.period!)}-01`,
      hoursRequested: values.hoursRequested!,
      itemsPosted: posted,
      itemsFilled: filled,
      unmetRequests: values.unmetRequests ?? 0,
      synthetic: false,
    });
  }
  return { valid, errors, ignoredColumns: layout.unknown };
}
