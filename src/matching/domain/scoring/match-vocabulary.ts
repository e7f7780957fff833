/**
 * The names of what a match score is made of, and the Korean and English words its explanations
 * use for categories and groups. The explanation text is produced in the domain (not the web
 * app) because the API, the allocation proposal and the officer's printout all show the same
 * reasons, and an explanation must say exactly what the numbers were computed from.
 */
import type { ResidentGroup } from "../../../residents/domain/resident-vocabulary.ts";
import type { WorkCategory } from "../../../work-items/domain/work-item-vocabulary.ts";

/** The score's parts, in the order explanations list them. */
export const MATCH_COMPONENT_KEYS = [
  "distance",
  "schedule",
  "hours",
  "skills",
  "interests",
  "continuity",
  "priority",
  "eligibility",
  "congestion",
] as const;
export type MatchComponentKey = (typeof MATCH_COMPONENT_KEYS)[number];

/** Reasons a pair cannot be matched at all, whatever the rest of the score. */
export const HARD_FAILURE_KEYS = [
  "remote_only",
  "on_site_only",
  "too_far",
  "schedule",
  "hours_cap",
  "required_skill",
  "required_certificate",
  "ineligible",
] as const;
export type HardFailureKey = (typeof HARD_FAILURE_KEYS)[number];

/**
 * Who reads an explanation: the resident it is about (second person: "집에서 1.2km", "your
 * available hours"), or staff (officers and institution staff, in candidate lists and the
 * allocation proposal): third person, about the resident ("주민 집에서 1.2km").
 */
export type Audience = "resident" | "staff";

export interface Words {
  ko: string;
  en: string;
}

export const CATEGORY_WORDS: Record<WorkCategory, Words> = {
  care: { ko: "돌봄", en: "care" },
  maintenance: { ko: "정비·수리", en: "maintenance" },
  environment: { ko: "환경", en: "environment" },
  safety: { ko: "안전", en: "safety" },
  culture: { ko: "문화", en: "culture" },
  education: { ko: "교육", en: "education" },
  sports: { ko: "체육", en: "sports" },
  admin_support: { ko: "행정 지원", en: "admin support" },
  digital_help: { ko: "디지털 도움", en: "digital help" },
};

export const GROUP_WORDS: Record<ResidentGroup, Words> = {
  youth: { ko: "청년", en: "youth" },
  senior: { ko: "어르신", en: "senior" },
  career_break_woman: { ko: "경력단절여성", en: "career-break woman" },
  disabled: { ko: "장애인", en: "disabled" },
  low_income: { ko: "저소득층", en: "low income" },
  new_middle_age: { ko: "신중년", en: "new middle age" },
};

export const WEEKDAY_WORDS: readonly Words[] = [
  { ko: "월", en: "Mon" },
  { ko: "화", en: "Tue" },
  { ko: "수", en: "Wed" },
  { ko: "목", en: "Thu" },
  { ko: "금", en: "Fri" },
  { ko: "토", en: "Sat" },
  { ko: "일", en: "Sun" },
];

/** "1.2km" under 10 km, "12km" beyond: the precision a person plans a trip with. */
export function formatKm(km: number): Words {
  const text = km < 10 ? (Math.round(km * 10) / 10).toFixed(1) : String(Math.round(km));
  return { ko: `${text}km`, en: `${text} km` };
}

/** Hours as people say them: 8, 7.5. */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : (Math.round(hours * 10) / 10).toFixed(1);
}
