import type { ColumnLayout, ColumnSpec } from "../../work-items/import/import-columns.ts";

/**
 * The columns of a participation-history file. The person is named by 주민ID (the resident's id)
 * or, as officers keep their lists, by 이름 with 전화번호 (only its last four digits are used) and
 * 출생연도 to tell namesakes apart; names are matched through the blind index, never decrypted.
 * Headers are matched as in the work-item import (Korean or English, any spacing, hints ignored).
 */
export const PARTICIPATION_IMPORT_FIELDS = [
  "residentId",
  "name",
  "phoneLast4",
  "birthYear",
  "programCode",
  "startDate",
  "endDate",
  "hoursPerWeek",
  "field",
] as const;
export type ParticipationImportField = (typeof PARTICIPATION_IMPORT_FIELDS)[number];

export const PARTICIPATION_IMPORT_COLUMNS: Record<ParticipationImportField, ColumnSpec> = {
  residentId: {
    ko: "주민ID",
    headers: ["주민ID", "주민아이디", "주민번호ID", "resident_id", "resident"],
    required: false,
  },
  name: { ko: "이름", headers: ["이름", "성명", "참여자", "참여자명", "name"], required: false },
  phoneLast4: {
    ko: "전화번호뒤4자리",
    headers: [
      "전화번호뒤4자리",
      "전화뒤4자리",
      "휴대폰뒤4자리",
      "뒷번호",
      "전화번호",
      "휴대폰",
      "연락처",
      "phone_last4",
      "phone",
    ],
    required: false,
  },
  birthYear: {
    ko: "출생연도",
    headers: ["출생연도", "출생년도", "생년", "생년월일", "birth_year", "birth_date"],
    required: false,
  },
  programCode: {
    ko: "사업",
    headers: ["사업", "사업코드", "사업명", "program", "program_code"],
    required: true,
  },
  startDate: {
    ko: "시작일",
    headers: ["시작일", "참여시작일", "근무시작일", "start_date", "start"],
    required: true,
  },
  endDate: {
    ko: "종료일",
    headers: ["종료일", "참여종료일", "근무종료일", "end_date", "end"],
    required: false,
  },
  hoursPerWeek: {
    ko: "주당시간",
    headers: ["주당시간", "주당근무시간", "주당참여시간", "hours_per_week", "hours"],
    required: false,
  },
  field: { ko: "분야", headers: ["분야", "직무분야", "업무분야", "field", "category"], required: false },
};

export type ParticipationColumnLayout = ColumnLayout<ParticipationImportField>;

export function participationColumnLabel(
  layout: ParticipationColumnLayout,
  field: ParticipationImportField,
): string {
  return layout.header[field] ?? PARTICIPATION_IMPORT_COLUMNS[field].ko;
}
