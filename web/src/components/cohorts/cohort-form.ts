import type { TCohortCreate } from "../../api/cohorts.ts";
import type { FieldError } from "../../api/http.ts";

export interface ChosenWorkItem {
  workItemId: string;
  title: string;
  /** As typed. */
  slots: string;
}

/** The new-cohort form as typed: numbers and amounts are text until sent. */
export interface CohortFormState {
  programCode: string;
  regionCode: string;
  nameKo: string;
  nameEn: string;
  recruitStart: string;
  recruitEnd: string;
  periodStart: string;
  periodEnd: string;
  slots: string;
  /** Digits with thousands separators, as shown (12,000,000). */
  budget: string;
  workItems: ChosenWorkItem[];
}

export const EMPTY_COHORT_FORM: CohortFormState = {
  programCode: "",
  regionCode: "",
  nameKo: "",
  nameEn: "",
  recruitStart: "",
  recruitEnd: "",
  periodStart: "",
  periodEnd: "",
  slots: "",
  budget: "",
  workItems: [],
};

/** The form's fields, in order (for the error summary and its links). */
export const COHORT_FIELD_KEYS = [
  "programCode",
  "regionCode",
  "nameKo",
  "nameEn",
  "recruitStart",
  "recruitEnd",
  "periodStart",
  "periodEnd",
  "slots",
  "budgetWon",
  "workItems",
] as const;

/** "12,000,000" → 12000000; null when empty or not a whole number of won. */
export function parseWon(text: string): number | null {
  const digits = text.replace(/[,\s원]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** What the box shows while typing: digits only, grouped by thousands (12,000,000). */
export function groupThousands(text: string, locale: string): string {
  const digits = text.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
  return digits ? new Intl.NumberFormat(locale).format(Number(digits.slice(0, 15))) : "";
}

/** 120000000 → "1억 2,000만원": how a Korean officer reads a budget at a glance. */
export function wonInKoreanUnits(won: number): string {
  const eok = Math.floor(won / 100_000_000);
  const man = Math.floor((won % 100_000_000) / 10_000);
  const rest = won % 10_000;
  const parts = [
    eok ? `${eok.toLocaleString("ko-KR")}억` : "",
    man ? `${man.toLocaleString("ko-KR")}만` : "",
    rest ? rest.toLocaleString("ko-KR") : "",
  ].filter(Boolean);
  return parts.length ? `${parts.join(" ")}원` : "0원";
}

type ClientError = (field: string, key: string, values?: Record<string, string | number>) => FieldError;

const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= max;
};

/** The browser's checks before sending (the API checks the same and more). */
export function cohortFormErrors(s: CohortFormState, error: ClientError): FieldError[] {
  const found: FieldError[] = [];
  const required = [
    "programCode",
    "regionCode",
    "nameKo",
    "recruitStart",
    "recruitEnd",
    "periodStart",
    "periodEnd",
  ] as const;
  for (const key of required) if (!s[key].trim()) found.push(error(key, "form.requiredField"));
  if (s.nameKo.trim() && s.nameKo.trim().length < 2) found.push(error("nameKo", "cohorts.form.nameShort"));
  if (s.nameEn.trim() && s.nameEn.trim().length < 2) found.push(error("nameEn", "cohorts.form.nameShort"));
  if (s.recruitStart && s.recruitEnd && s.recruitEnd < s.recruitStart)
    found.push(error("recruitEnd", "cohorts.form.endBeforeStart"));
  if (s.periodStart && s.periodEnd && s.periodEnd < s.periodStart)
    found.push(error("periodEnd", "cohorts.form.endBeforeStart"));
  if (s.recruitEnd && s.periodEnd && s.recruitEnd > s.periodEnd)
    found.push(error("recruitEnd", "cohorts.form.recruitAfterPeriod"));
  if (!wholeIn(s.slots, 1, 100_000)) found.push(error("slots", "cohorts.form.slotsInvalid"));
  const budget = parseWon(s.budget);
  if (budget === null || budget > 1_000_000_000_000)
    found.push(error("budgetWon", "cohorts.form.budgetInvalid"));
  s.workItems.forEach((w, i) => {
    if (!wholeIn(w.slots, 1, 10_000)) found.push(error(`workItems.${i}.slots`, "cohorts.form.slotsInvalid"));
  });
  return found;
}

/**
 * The request body. An English name left empty becomes the program's English name with the
 * period, since the API keeps both names.
 */
export function toCohortCreateBody(s: CohortFormState, programNameEn: string): TCohortCreate {
  const nameEn = s.nameEn.trim() || `${programNameEn}, ${s.periodStart} to ${s.periodEnd}`.slice(0, 80);
  return {
    programCode: s.programCode as TCohortCreate["programCode"],
    regionCode: s.regionCode,
    nameKo: s.nameKo.trim(),
    nameEn,
    recruitStart: s.recruitStart,
    recruitEnd: s.recruitEnd,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    slots: Number(s.slots.trim()),
    budgetWon: parseWon(s.budget) ?? 0,
    workItems: s.workItems.map((w) => ({ workItemId: w.workItemId, slots: Number(w.slots.trim()) })),
  };
}
