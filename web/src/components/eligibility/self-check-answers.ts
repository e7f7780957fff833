import type { TEligibilityProfile } from "../../api/eligibility.ts";
import { EMPTY_REGION, type RegionValue } from "../region/region-value.ts";

/** A yes/no question that may also be answered "I don't know" (then the fact is left out). */
export type TriState = "" | "yes" | "no" | "unknown";

export interface ParticipationDraft {
  /** A stable key for React while rows are added and removed. */
  key: number;
  program: string;
  start: string;
  end: string;
}

/**
 * The answers as typed, one field per question. Empty means "not answered or skipped": the fact
 * is then not sent, and the programs that need it answer "서류 확인 필요" (needs a document).
 */
export interface SelfCheckAnswers {
  birthYear: string;
  birthMonth: string;
  birthDay: string;
  region: RegionValue;
  householdSize: string;
  /** In 만원 (10,000 won), as people usually say amounts. */
  incomeManwon: string;
  propertyManwon: string;
  basicPension: TriState;
  livelihoodBenefit: TriState;
  employeeInsurance: TriState;
  longTermCare: TriState;
  employed: TriState;
  unemployedMonths: string;
  /** Years in one field of work (신중년 경력형 asks for 3): "yes" with a field and years. */
  experience: TriState;
  experienceField: string;
  experienceYears: string;
  /** Certificates held (catalogue codes, or "other"): "yes" with at least one ticked. */
  certificate: TriState;
  certificates: string[];
  /** null: skipped; []: declared that none apply. */
  groups: string[] | null;
  participation: TriState;
  participations: ParticipationDraft[];
}

export const EMPTY_ANSWERS: SelfCheckAnswers = {
  birthYear: "",
  birthMonth: "",
  birthDay: "",
  region: EMPTY_REGION,
  householdSize: "",
  incomeManwon: "",
  propertyManwon: "",
  basicPension: "",
  livelihoodBenefit: "",
  employeeInsurance: "",
  longTermCare: "",
  employed: "",
  unemployedMonths: "",
  experience: "",
  experienceField: "",
  experienceYears: "",
  certificate: "",
  certificates: [],
  groups: null,
  participation: "",
  participations: [],
};

/** The questions in order; one per step. */
export const STEPS = [
  "birthDate",
  "region",
  "householdSize",
  "income",
  "property",
  "basicPension",
  "livelihoodBenefit",
  "employeeInsurance",
  "longTermCare",
  "employment",
  "experience",
  "certificates",
  "groups",
  "participations",
] as const;
export type StepKey = (typeof STEPS)[number];

/** Only these two must be answered; every other question may be skipped. */
export const REQUIRED_STEPS: readonly StepKey[] = ["birthDate", "region"];

/** The question that asks for a fact of the profile (for API field errors and missing facts). */
const FACT_STEP: Record<string, StepKey> = {
  birthDate: "birthDate",
  regionCode: "region",
  householdSize: "householdSize",
  householdIncomeMonthly: "income",
  propertyValue: "property",
  receivesBasicPension: "basicPension",
  livelihoodBenefit: "livelihoodBenefit",
  employeeHealthInsurance: "employeeInsurance",
  longTermCareGrade: "longTermCare",
  employed: "employment",
  unemployedMonths: "employment",
  experienceYears: "experience",
  certificates: "certificates",
  groups: "groups",
  participations: "participations",
};

/** The step index that answers a profile field (or an API error path such as "participations.0.end"). */
export function stepOfField(field: string): number | null {
  const step = FACT_STEP[field.split(".")[0] ?? ""];
  return step ? STEPS.indexOf(step) : null;
}

/** Whether the self-check asks for this fact (so a result can send the person back to its question). */
export function isAskedFact(fact: string): boolean {
  return fact in FACT_STEP;
}

/** Digits only ("1,500" and " 150 " are what people type); null when not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "" || !/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

const MANWON = 10_000;

/** 만원 → won, rounded to the won. */
export function manwonToWon(manwon: number): number {
  return Math.round(manwon * MANWON);
}

export function birthDateOf(a: SelfCheckAnswers): string {
  const pad = (s: string, n: number) => s.trim().padStart(n, "0");
  return `${pad(a.birthYear, 4)}-${pad(a.birthMonth, 2)}-${pad(a.birthDay, 2)}`;
}

/** A real calendar date (2월 30일 is not). */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === iso;
}

const tri = (v: TriState): boolean | undefined => (v === "yes" ? true : v === "no" ? false : undefined);

/** The answers as the API's profile: only what was answered, amounts in won. */
export function toProfile(a: SelfCheckAnswers): TEligibilityProfile {
  const profile: TEligibilityProfile = { birthDate: birthDateOf(a), regionCode: a.region.sigungu };
  const size = parseNumber(a.householdSize);
  if (size !== null) profile.householdSize = size;
  const income = parseNumber(a.incomeManwon);
  if (income !== null) profile.householdIncomeMonthly = manwonToWon(income);
  const property = parseNumber(a.propertyManwon);
  if (property !== null) profile.propertyValue = manwonToWon(property);
  const facts = {
    receivesBasicPension: tri(a.basicPension),
    livelihoodBenefit: tri(a.livelihoodBenefit),
    employeeHealthInsurance: tri(a.employeeInsurance),
    longTermCareGrade: tri(a.longTermCare),
    employed: tri(a.employed),
  };
  for (const [key, value] of Object.entries(facts)) {
    if (value !== undefined) (profile as Record<string, unknown>)[key] = value;
  }
  const months = parseNumber(a.unemployedMonths);
  if (a.employed === "no" && months !== null) profile.unemployedMonths = months;
  // "No" is a declared fact too: no years in any field, no certificate.
  const years = parseNumber(a.experienceYears);
  if (a.experience === "no") profile.experienceYears = {};
  if (a.experience === "yes" && a.experienceField && years !== null)
    profile.experienceYears = { [a.experienceField]: years };
  if (a.certificate === "no") profile.certificates = [];
  if (a.certificate === "yes" && a.certificates.length > 0) profile.certificates = [...a.certificates];
  if (a.groups !== null) profile.groups = a.groups as NonNullable<TEligibilityProfile["groups"]>;
  if (a.participation === "no") profile.participations = [];
  if (a.participation === "yes") {
    profile.participations = a.participations.map((p) => ({
      program: p.program as NonNullable<TEligibilityProfile["participations"]>[number]["program"],
      start: p.start,
      ...(p.end ? { end: p.end } : {}),
    }));
  }
  return profile;
}

/** Clears what a skipped step asked, so that the fact is left out of the profile. */
export function skipStep(a: SelfCheckAnswers, step: StepKey): SelfCheckAnswers {
  switch (step) {
    case "householdSize":
      return { ...a, householdSize: "" };
    case "income":
      return { ...a, incomeManwon: "" };
    case "property":
      return { ...a, propertyManwon: "" };
    case "basicPension":
    case "livelihoodBenefit":
    case "employeeInsurance":
    case "longTermCare":
      return { ...a, [step]: "unknown" };
    case "employment":
      return { ...a, employed: "unknown", unemployedMonths: "" };
    case "experience":
      return { ...a, experience: "unknown", experienceField: "", experienceYears: "" };
    case "certificates":
      return { ...a, certificate: "unknown", certificates: [] };
    case "groups":
      return { ...a, groups: null };
    case "participations":
      return { ...a, participation: "unknown", participations: [] };
    default:
      return a;
  }
}
