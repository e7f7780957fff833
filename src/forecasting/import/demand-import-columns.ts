import { normalizeHeader } from "../../work-items/import/import-columns.ts";

/**
 * The columns of a demand-observation import file (a district's own monthly records). Each
 * field accepts its Korean or English header in any spacing or case, like the work-item import.
 */
export const DEMAND_IMPORT_FIELDS = [
  "regionCode",
  "category",
  "period",
  "hoursRequested",
  "itemsPosted",
  "itemsFilled",
  "unmetRequests",
] as const;
export type DemandImportField = (typeof DEMAND_IMPORT_FIELDS)[number];

interface ColumnSpec {
  ko: string;
  headers: readonly string[];
  required: boolean;
}

export const DEMAND_IMPORT_COLUMNS: Record<DemandImportField, ColumnSpec> = {
  regionCode: {
    ko: "시군구코드",
    headers: ["시군구코드", "지역코드", "행정구역코드", "region_code", "region", "sigungu_code"],
    required: true,
  },
  category: { ko: "분야", headers: ["분야", "업무분야", "category"], required: true },
  period: {
    ko: "연월",
    headers: ["연월", "기준월", "월", "기간", "period", "month", "year_month"],
    required: true,
  },
  hoursRequested: {
    ko: "요청시간",
    headers: ["요청시간", "수요시간", "요청근무시간", "hours_requested", "hours", "demand_hours"],
    required: true,
  },
  itemsPosted: {
    ko: "게시일감수",
    headers: ["게시일감수", "일감수", "게시건수", "items_posted", "posted"],
    required: false,
  },
  itemsFilled: {
    ko: "충원일감수",
    headers: ["충원일감수", "충원건수", "items_filled", "filled"],
    required: false,
  },
  unmetRequests: {
    ko: "미충족요청",
    headers: ["미충족요청", "미충족건수", "미처리요청", "unmet_requests", "unmet"],
    required: false,
  },
};

const FIELD_BY_HEADER = new Map<string, DemandImportField>(
  DEMAND_IMPORT_FIELDS.flatMap((field) =>
    DEMAND_IMPORT_COLUMNS[field].headers.map((h) => [normalizeHeader(h), field] as const),
  ),
);
for (const field of DEMAND_IMPORT_FIELDS) FIELD_BY_HEADER.set(field.toLowerCase(), field);

export interface DemandColumnLayout {
  index: Partial<Record<DemandImportField, number>>;
  header: Partial<Record<DemandImportField, string>>;
  unknown: string[];
  duplicates: DemandImportField[];
}

export function layoutDemandColumns(headers: readonly string[]): DemandColumnLayout {
  const layout: DemandColumnLayout = { index: {}, header: {}, unknown: [], duplicates: [] };
  headers.forEach((text, i) => {
    if (text === "") return;
    const field = FIELD_BY_HEADER.get(normalizeHeader(text));
    if (!field) layout.unknown.push(text);
    else if (layout.index[field] !== undefined) layout.duplicates.push(field);
    else {
      layout.index[field] = i;
      layout.header[field] = text;
    }
  });
  return layout;
}

export function demandColumnLabel(layout: DemandColumnLayout, field: DemandImportField): string {
  return layout.header[field] ?? DEMAND_IMPORT_COLUMNS[field].ko;
}
