import { PROGRAM_CATALOGUE, type ProgramCode } from "../../programs/domain/program-catalogue.ts";
import { RESIDENT_GROUPS, type ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import { type CatalogueEntry, CERTIFICATES, SKILLS } from "../../shared/domain/skill-catalogue.ts";
import {
  parseTimeOfDay,
  type TimeSlot,
  WEEKDAYS,
  type Weekday,
} from "../../shared/domain/weekly-schedule.ts";
import {
  WORK_CATEGORIES,
  WORK_KINDS,
  type WorkCategory,
  type WorkKind,
} from "../domain/work-item-vocabulary.ts";

/**
 * Turns the text of one cell into the value the work-item contract expects, accepting what
 * officers type in Korean spreadsheets: labels instead of codes ("돌봄", "단기", "청년"),
 * "예/아니오", "10,320원", "2026.3.2", "월-금 09:00-13:00".
 */
export type CellResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: string; messageKo: string; messageEn: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string, messageKo: string, messageEn: string): CellResult<never> => ({
  ok: false,
  reason,
  messageKo,
  messageEn,
});

/** Lower case, without spaces, "_", "-", "·" or "/": "행정 지원" = "행정지원", "one_off" = "oneoff". */
export function normalizeLabel(text: string): string {
  return text.replace(/[\s_\-·・/]/g, "").toLowerCase();
}

function vocabulary<T extends string>(codes: readonly T[], labels: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) map.set(normalizeLabel(code), code);
  for (const [label, code] of Object.entries(labels)) map.set(normalizeLabel(label), code);
  return map;
}

const CATEGORIES = vocabulary<WorkCategory>(WORK_CATEGORIES, {
  돌봄: "care",
  정비: "maintenance",
  환경: "environment",
  안전: "safety",
  문화: "culture",
  교육: "education",
  체육: "sports",
  행정지원: "admin_support",
  행정: "admin_support",
  디지털: "digital_help",
  디지털도움: "digital_help",
  디지털지원: "digital_help",
});

const KINDS = vocabulary<WorkKind>(WORK_KINDS, {
  일회성: "one_off",
  단기: "short",
  중기: "medium_term",
  중장기: "medium_term",
  계절형: "seasonal",
  계절: "seasonal",
});

const STATUSES = vocabulary<"draft" | "open">(["draft", "open"], {
  임시저장: "draft",
  초안: "draft",
  모집중: "open",
  공개: "open",
});

const GROUPS = vocabulary<ResidentGroup>(RESIDENT_GROUPS, {
  청년: "youth",
  어르신: "senior",
  노인: "senior",
  고령자: "senior",
  경력단절여성: "career_break_woman",
  경단녀: "career_break_woman",
  장애인: "disabled",
  저소득: "low_income",
  저소득층: "low_income",
  기초생활수급자: "low_income",
  차상위: "low_income",
  신중년: "new_middle_age",
});

/** Codes, Korean labels ("청소·미화") and, where unambiguous, each part of a label ("미화"). */
function catalogueVocabulary<T extends string>(entries: readonly CatalogueEntry[]): Map<string, T> {
  const map = new Map<string, T>();
  const parts = new Map<string, T | null>();
  for (const entry of entries) {
    map.set(normalizeLabel(entry.code), entry.code as T);
    map.set(normalizeLabel(entry.ko), entry.code as T);
    map.set(normalizeLabel(entry.en), entry.code as T);
    for (const part of entry.ko.split("·")) {
      const key = normalizeLabel(part);
      if (key.length >= 2)
        parts.set(key, parts.has(key) && parts.get(key) !== entry.code ? null : (entry.code as T));
    }
  }
  for (const [key, code] of parts) if (code && !map.has(key)) map.set(key, code);
  return map;
}

const SKILL_VOCABULARY = catalogueVocabulary<string>(SKILLS);
const CERTIFICATE_VOCABULARY = catalogueVocabulary<string>(CERTIFICATES);
const PROGRAMS = vocabulary<ProgramCode>(
  PROGRAM_CATALOGUE.map((p) => p.code),
  {
    ...Object.fromEntries(
      PROGRAM_CATALOGUE.flatMap((p) => [
        [p.nameKo, p.code],
        [p.nameKo.replace(/\s*\(.*\)$/, ""), p.code],
      ]),
    ),
    동행일자리: "seoul_companion",
    뉴딜일자리: "seoul_new_deal",
  },
);

function unknown(text: string, known: string): CellResult<never> {
  return fail(
    "unknown_code",
    `목록에 없는 값입니다: ${text} (가능한 값: ${known})`,
    `Not a known value: ${text} (known: ${known})`,
  );
}

function fromVocabulary<T>(map: Map<string, T>, text: string, known: string): CellResult<T> {
  const code = map.get(normalizeLabel(text));
  return code === undefined ? unknown(text, known) : ok(code);
}

export const parseCategory = (text: string) =>
  fromVocabulary(CATEGORIES, text, "돌봄, 정비, 환경, 안전, 문화, 교육, 체육, 행정지원, 디지털");
export const parseKind = (text: string) => fromVocabulary(KINDS, text, "일회성, 단기, 중기, 계절형");
export const parseStatus = (text: string) => fromVocabulary(STATUSES, text, "모집중(open), 임시저장(draft)");
export const parseProgram = (text: string) =>
  fromVocabulary(PROGRAMS, text, PROGRAM_CATALOGUE.map((p) => p.nameKo).join(", "));

/** A list separated by "," ";" "、" or line breaks; every item must be known, none twice. */
function parseList<T>(map: Map<string, T>, text: string, what: { ko: string; en: string }): CellResult<T[]> {
  const items = text
    .split(/[,;、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const codes: T[] = [];
  const unknownItems: string[] = [];
  for (const item of items) {
    const code = map.get(normalizeLabel(item));
    if (code === undefined) unknownItems.push(item);
    else if (!codes.includes(code)) codes.push(code);
  }
  if (unknownItems.length > 0) {
    return fail(
      "unknown_code",
      `목록에 없는 ${what.ko}입니다: ${unknownItems.join(", ")}`,
      `Unknown ${what.en}: ${unknownItems.join(", ")}`,
    );
  }
  return ok(codes);
}

export const parseSkills = (text: string) => parseList(SKILL_VOCABULARY, text, { ko: "기술", en: "skill" });
export const parseCertificates = (text: string) =>
  parseList(CERTIFICATE_VOCABULARY, text, { ko: "자격", en: "certificate" });
export const parseGroups = (text: string) =>
  parseList(GROUPS, text, {
    ko: "대상 (청년, 어르신, 경력단절여성, 장애인, 저소득, 신중년)",
    en: "target group",
  });

const TRUE_WORDS = new Set(["예", "네", "y", "yes", "true", "1", "o", "원격", "재택"]);
const FALSE_WORDS = new Set(["아니오", "아니요", "n", "no", "false", "0", "x", "현장"]);

export function parseBoolean(text: string): CellResult<boolean> {
  const key = normalizeLabel(text);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(
    "invalid_boolean",
    `예 또는 아니오로 적어 주세요: ${text}`,
    `Use yes or no (예/아니오, Y/N, true/false): ${text}`,
  );
}

/** "10,320", "10,320원", "25시간", "3명" → a number. */
export function parseNumber(text: string): CellResult<number> {
  const cleaned = text.replace(/[,\s]/g, "").replace(/(원|시간|명|h|km|개)$/i, "");
  const value = cleaned === "" ? Number.NaN : Number(cleaned);
  if (!Number.isFinite(value))
    return fail("not_a_number", `숫자가 아닙니다: ${text}`, `Not a number: ${text}`);
  return ok(value);
}

/** "2026-03-02", "2026.3.2.", "2026/03/02", "20260302" → "2026-03-02" (the contract checks it is a real day). */
export function parseDate(text: string): CellResult<string> {
  const compact = text.replace(/\s/g, "").replace(/\.$/, "");
  const match =
    /^(\d{4})[-./년](\d{1,2})[-./월](\d{1,2})일?$/.exec(compact) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (!match) {
    return fail(
      "invalid_date",
      `날짜는 2026-03-02 형식으로 적어 주세요: ${text}`,
      `Write dates as 2026-03-02: ${text}`,
    );
  }
  return ok(`${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`);
}

const DAY_WORDS = new Map<string, Weekday>([
  ..."월화수목금토일".split("").map((d, i) => [d, WEEKDAYS[i]!] as const),
  ...WEEKDAYS.map((d) => [d, d] as const),
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map(
    (d, i) => [d, WEEKDAYS[i]!] as const,
  ),
]);

function dayOf(word: string): Weekday | undefined {
  return DAY_WORDS.get(word.toLowerCase().replace(/요일$/, ""));
}

/** "월", "월,수,금", "월-금", "월~금", "월수금", "mon-fri" → days in week order. */
function parseDays(text: string): Weekday[] | null {
  const days = new Set<Weekday>();
  for (const part of text.split(/[,·、]/).filter(Boolean)) {
    const range = part.split(/[-~–]/);
    if (range.length === 2) {
      const from = dayOf(range[0]!);
      const to = dayOf(range[1]!);
      if (!from || !to) return null;
      const a = WEEKDAYS.indexOf(from);
      const b = WEEKDAYS.indexOf(to);
      if (b < a) return null;
      for (let i = a; i <= b; i++) days.add(WEEKDAYS[i]!);
    } else if (dayOf(part)) {
      days.add(dayOf(part)!);
    } else if (/^[월화수목금토일]+$/.test(part)) {
      for (const ch of part) days.add(dayOf(ch)!);
    } else {
      return null;
    }
  }
  return days.size > 0 ? WEEKDAYS.filter((d) => days.has(d)) : null;
}

function padTime(text: string): string {
  return /^\d:\d\d$/.test(text) ? `0${text}` : text;
}

/**
 * A weekly schedule in compact text: entries separated by ";" or line breaks, each "<days>
 * <start>-<end>", e.g. "월 09:00-13:00; 수 09:00-13:00" or "mon-fri 9:00-13:00". Times must be
 * on the half hour (the contract checks them).
 */
export function parseSchedule(text: string): CellResult<TimeSlot[]> {
  const slots: TimeSlot[] = [];
  for (const entry of text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^(.+?)\s*(\d{1,2}:\d{2})\s*[-~–]\s*(\d{1,2}:\d{2})$/.exec(entry);
    const days = match ? parseDays(match[1]!.replace(/\s/g, "")) : null;
    if (!match || !days) {
      return fail(
        "invalid_schedule",
        `근무시간표 형식이 올바르지 않습니다: "${entry}" (예: 월 09:00-13:00; 수 09:00-13:00 또는 월-금 09:00-13:00)`,
        `Cannot read the schedule entry "${entry}" (e.g. "mon 09:00-13:00; wed 09:00-13:00" or "mon-fri 09:00-13:00")`,
      );
    }
    const start = padTime(match[2]!);
    const end = padTime(match[3]!);
    const from = parseTimeOfDay(start);
    const to = parseTimeOfDay(end);
    if (from === null || to === null) {
      return fail(
        "invalid_time",
        `"${entry}": 시간은 30분 단위의 HH:MM 형식이어야 합니다 (예: 09:30).`,
        `"${entry}": times must be HH:MM on the half hour (e.g. 09:30).`,
      );
    }
    if (to <= from) {
      return fail(
        "end_before_start",
        `"${entry}": 종료 시각은 시작 시각보다 늦어야 합니다.`,
        `"${entry}": the end time must be after the start time.`,
      );
    }
    for (const day of days) slots.push({ day, start, end });
  }
  if (slots.length === 0) {
    return fail("invalid_schedule", "근무시간표가 비어 있습니다.", "The schedule is empty.");
  }
  return ok(slots);
}
