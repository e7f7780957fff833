import type { TApplicationFacts } from "../../api/cohorts.ts";
import type { FieldError } from "../../api/http.ts";
import {
  EMPTY_ANSWERS,
  parseNumber,
  type SelfCheckAnswers,
  toProfile,
} from "../eligibility/self-check-answers.ts";
import { validateStep } from "../eligibility/validate-step.ts";

/**
 * The facts of an application are the self-check's answers without the place (the cohort's
 * district) and the participation history (screening reads the recorded one): the same answer
 * model, checks and wording, kept in one place (components/eligibility).
 */
export type FactsAnswers = SelfCheckAnswers & {
  /** 부양가족 수, as typed: selection scores count dependants (the self-check does not ask). */
  dependants: string;
};

type ClientError = Parameters<typeof validateStep>[3];

/** The facts a form can point an error at (for the error summary and its links). */
export const FACT_FIELD_KEYS = [
  "birthDate",
  "householdSize",
  "dependants",
  "householdIncomeMonthly",
  "propertyValue",
  "unemployedMonths",
] as const;

/** Their short names, for the error summary ("가구 월소득: …"). */
export function factLabels(t: (key: string) => string): Record<string, string> {
  return {
    birthDate: t("cohorts.facts.birthDate"),
    householdSize: t("eligibility.facts.householdSize"),
    dependants: t("cohorts.facts.dependants"),
    householdIncomeMonthly: t("eligibility.facts.householdIncomeMonthly"),
    propertyValue: t("eligibility.facts.propertyValue"),
    unemployedMonths: t("eligibility.facts.unemployedMonths"),
  };
}

/** The questions an application asks, in order; only the birth date is required. */
const CHECKED_STEPS = ["birthDate", "householdSize", "income", "property", "employment"] as const;

/** A blank form, with what the resident's record already says (birth year, groups) filled in. */
export function initialFacts(
  known?: { birthYear?: number | null; groups?: readonly string[] } | null,
): FactsAnswers {
  return {
    ...EMPTY_ANSWERS,
    dependants: "",
    birthYear: known?.birthYear ? String(known.birthYear) : "",
    groups: known?.groups ? [...known.groups] : null,
  };
}

/** The browser's checks, with the API's field names (birthDate, householdIncomeMonthly …). */
export function validateFacts(a: FactsAnswers, today: string, error: ClientError): FieldError[] {
  const found = CHECKED_STEPS.flatMap((step) => validateStep(step, a, today, error));
  if (a.dependants.trim()) {
    const n = parseNumber(a.dependants);
    if (n === null || !Number.isInteger(n) || n > 20)
      found.push(error("dependants", "eligibility.errors.wholeNumber", { min: 0, max: 20 }));
  }
  return found;
}

/** The answers as the API's facts: only what was answered, amounts in won. */
export function toFacts(a: FactsAnswers): TApplicationFacts {
  const {
    regionCode: _region,
    participations: _history,
    date: _date,
    ...facts
  } = toProfile({
    ...a,
    participation: "",
    participations: [],
  });
  const dependants = parseNumber(a.dependants);
  return dependants === null ? facts : { ...facts, dependants };
}

/** The API names fact fields under "facts." (facts.birthDate): the form's own names. */
export function factsFieldErrors(fields: readonly FieldError[]): FieldError[] {
  return fields.map((f) => (f.field.startsWith("facts.") ? { ...f, field: f.field.slice(6) } : f));
}

/** Which fact an answer box feeds (the three birth-date boxes are one fact). */
const FACT_OF_ANSWER: Partial<Record<keyof FactsAnswers, string>> = {
  birthYear: "birthDate",
  birthMonth: "birthDate",
  birthDay: "birthDate",
  householdSize: "householdSize",
  dependants: "dependants",
  incomeManwon: "householdIncomeMonthly",
  propertyManwon: "propertyValue",
  unemployedMonths: "unemployedMonths",
};

/** The browser's errors left once the person has changed the answers in `patch`. */
export function withoutFieldsOf(errors: readonly FieldError[], patch: Partial<FactsAnswers>): FieldError[] {
  const changed = new Set(Object.keys(patch).map((k) => FACT_OF_ANSWER[k as keyof FactsAnswers]));
  return errors.filter((e) => !changed.has(e.field));
}
