import type { TApplicationFacts } from "../../api/cohorts.ts";
import type { FieldError } from "../../api/http.ts";
import { EMPTY_ANSWERS, type SelfCheckAnswers, toProfile } from "../eligibility/self-check-answers.ts";
import { validateStep } from "../eligibility/validate-step.ts";

/**
 * The facts of an application are the self-check's answers without the place (the cohort's
 * district) and the participation history (screening reads the recorded one): the same answer
 * model, checks and wording, kept in one place (components/eligibility).
 */
export type FactsAnswers = SelfCheckAnswers;

type ClientError = Parameters<typeof validateStep>[3];

/** The questions an application asks, in order; only the birth date is required. */
const CHECKED_STEPS = ["birthDate", "householdSize", "income", "property", "employment"] as const;

/** A blank form, with what the resident's record already says (birth year, groups) filled in. */
export function initialFacts(
  known?: { birthYear?: number | null; groups?: readonly string[] } | null,
): FactsAnswers {
  return {
    ...EMPTY_ANSWERS,
    birthYear: known?.birthYear ? String(known.birthYear) : "",
    groups: known?.groups ? [...known.groups] : null,
  };
}

/** The browser's checks, with the API's field names (birthDate, householdIncomeMonthly …). */
export function validateFacts(a: FactsAnswers, today: string, error: ClientError): FieldError[] {
  return CHECKED_STEPS.flatMap((step) => validateStep(step, a, today, error));
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
  return facts;
}

/** The API names fact fields under "facts." (facts.birthDate): the form's own names. */
export function factsFieldErrors(fields: readonly FieldError[]): FieldError[] {
  return fields.map((f) => (f.field.startsWith("facts.") ? { ...f, field: f.field.slice(6) } : f));
}
