/**
 * The columns of a work-item import file. Each field accepts its Korean or English header in
 * any spacing or case ("주당 시간", "hours_per_week", "hoursPerWeek"); a trailing "*" or a
 * parenthesised hint ("시급(원)") is ignored.
 */
export const IMPORT_FIELDS = [
  "organizationId",
  "regionCode",
  "programCode",
  "title",
  "description",
  "category",
  "kind",
  "status",
  "remote",
  "placeName",
  "lat",
  "lng",
  "schedule",
  "hoursPerWeek",
  "startDate",
  "endDate",
  "headcount",
  "hourlyWage",
  "requiredSkills",
  "preferredSkills",
  "requiredCertificates",
  "preferredCertificates",
  "targetGroups",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ColumnSpec {
  /** The header used in messages and in the example file. */
  ko: string;
  headers: readonly string[];
  required: boolean;
}

export const IMPORT_COLUMNS: Record<ImportField, ColumnSpec> = {
  organizationId: {
    ko: "기관ID",
    headers: ["기관ID", "기관아이디", "기관", "organization_id", "organization", "org_id"],
    required: true,
  },
  regionCode: {
    ko: "지역코드",
    headers: ["지역코드", "시군구코드", "region_code", "region"],
    required: false,
  },
  programCode: {
    ko: "사업",
    headers: ["사업", "사업코드", "사업명", "program", "program_code"],
    required: false,
  },
  title: { ko: "제목", headers: ["제목", "일감명", "일감 제목", "title"], required: true },
  description: { ko: "설명", headers: ["설명", "내용", "업무내용", "description"], required: true },
  category: { ko: "분야", headers: ["분야", "category"], required: true },
  kind: { ko: "유형", headers: ["유형", "근무유형", "kind"], required: true },
  status: { ko: "상태", headers: ["상태", "status"], required: false },
  remote: { ko: "원격", headers: ["원격", "원격근무", "재택", "remote"], required: false },
  placeName: { ko: "장소", headers: ["장소", "근무장소", "장소명", "place", "place_name"], required: false },
  lat: { ko: "위도", headers: ["위도", "lat", "latitude"], required: false },
  lng: { ko: "경도", headers: ["경도", "lng", "lon", "longitude"], required: false },
  schedule: { ko: "근무시간표", headers: ["근무시간표", "근무시간", "시간표", "schedule"], required: true },
  hoursPerWeek: { ko: "주당시간", headers: ["주당시간", "주당근무시간", "hours_per_week"], required: true },
  startDate: { ko: "시작일", headers: ["시작일", "근무시작일", "start_date"], required: true },
  endDate: { ko: "종료일", headers: ["종료일", "근무종료일", "end_date"], required: true },
  headcount: { ko: "모집인원", headers: ["모집인원", "인원", "headcount"], required: true },
  hourlyWage: { ko: "시급", headers: ["시급", "hourly_wage", "wage"], required: true },
  requiredSkills: { ko: "필수기술", headers: ["필수기술", "required_skills"], required: false },
  preferredSkills: { ko: "우대기술", headers: ["우대기술", "preferred_skills"], required: false },
  requiredCertificates: {
    ko: "필수자격",
    headers: ["필수자격", "필수자격증", "required_certificates"],
    required: false,
  },
  preferredCertificates: {
    ko: "우대자격",
    headers: ["우대자격", "우대자격증", "preferred_certificates"],
    required: false,
  },
  targetGroups: { ko: "대상", headers: ["대상", "대상집단", "우선대상", "target_groups"], required: false },
};

/** Lower case, without spaces, "_", "-", ".", a trailing "*" or a parenthesised hint. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\(.*?\)|（.*?）/g, "")
    .replace(/[\s_\-.*]/g, "")
    .toLowerCase();
}

/** Header text (normalised) → field, for a set of columns; the camelCase field names count too ("hoursPerWeek"). */
function fieldsByHeader<F extends string>(
  fields: readonly F[],
  columns: Record<F, ColumnSpec>,
): Map<string, F> {
  const map = new Map<string, F>(
    fields.flatMap((field) => columns[field].headers.map((h) => [normalizeHeader(h), field] as const)),
  );
  for (const field of fields) map.set(field.toLowerCase(), field);
  return map;
}

const FIELD_BY_HEADER = fieldsByHeader(IMPORT_FIELDS, IMPORT_COLUMNS);

export interface ColumnLayout<F extends string = ImportField> {
  /** Which cell index holds each field. */
  index: Partial<Record<F, number>>;
  /** The header text of each field as written in the file, for messages. */
  header: Partial<Record<F, string>>;
  /** Headers that name no known field (ignored). */
  unknown: string[];
  /** Fields named by two columns. */
  duplicates: F[];
}

export function layoutColumns(headers: readonly string[]): ColumnLayout {
  return layoutWith(headers, FIELD_BY_HEADER);
}

/** The same layout for another import's columns (participation history, …). */
export function layoutColumnsOf<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  columns: Record<F, ColumnSpec>,
): ColumnLayout<F> {
  return layoutWith(headers, fieldsByHeader(fields, columns));
}

function layoutWith<F extends string>(headers: readonly string[], byHeader: Map<string, F>): ColumnLayout<F> {
  const layout: ColumnLayout<F> = { index: {}, header: {}, unknown: [], duplicates: [] };
  headers.forEach((text, i) => {
    if (text === "") return;
    const field = byHeader.get(normalizeHeader(text));
    if (!field) {
      layout.unknown.push(text);
    } else if (layout.index[field] !== undefined) {
      layout.duplicates.push(field);
    } else {
      layout.index[field] = i;
      layout.header[field] = text;
    }
  });
  return layout;
}

export function columnLabel(layout: ColumnLayout, field: ImportField): string {
  return layout.header[field] ?? IMPORT_COLUMNS[field].ko;
}
