import type { FieldError } from "../../api/http.ts";
import {
  birthDateOf,
  isCalendarDate,
  parseNumber,
  type SelfCheckAnswers,
  type StepKey,
} from "./self-check-answers.ts";

type ClientError = (field: string, key: string, values?: Record<string, string | number>) => FieldError;

const MAX_MANWON = 10_000_000; // 1,000억원: the API's ceiling for amounts

function wholeNumber(
  text: string,
  field: string,
  min: number,
  max: number,
  error: ClientError,
): FieldError[] {
  if (text.trim() === "") return [];
  const n = parseNumber(text);
  return n === null || !Number.isInteger(n) || n < min || n > max
    ? [error(field, "eligibility.errors.wholeNumber", { min, max })]
    : [];
}

function amount(text: string, field: string, error: ClientError): FieldError[] {
  if (text.trim() === "") return [];
  const n = parseNumber(text);
  return n === null || n > MAX_MANWON ? [error(field, "eligibility.errors.amount")] : [];
}

/**
 * The browser's check of one step before moving on, with the profile's field names so that the
 * messages sit where the API's would. `today` is YYYY-MM-DD.
 */
export function validateStep(
  step: StepKey,
  a: SelfCheckAnswers,
  today: string,
  error: ClientError,
): FieldError[] {
  switch (step) {
    case "birthDate": {
      if (!a.birthYear.trim() || !a.birthMonth.trim() || !a.birthDay.trim())
        return [error("birthDate", "eligibility.errors.birthDate")];
      const iso = birthDateOf(a);
      if (!isCalendarDate(iso) || iso < "1900-01-01")
        return [error("birthDate", "eligibility.errors.birthDateInvalid")];
      if (iso > today) return [error("birthDate", "eligibility.errors.birthDateFuture")];
      return [];
    }
    case "region":
      return a.region.sigungu ? [] : [error("regionCode", "eligibility.errors.region")];
    case "householdSize":
      return wholeNumber(a.householdSize, "householdSize", 1, 20, error);
    case "income":
      return amount(a.incomeManwon, "householdIncomeMonthly", error);
    case "property":
      return amount(a.propertyManwon, "propertyValue", error);
    case "employment":
      return a.employed === "no" ? wholeNumber(a.unemployedMonths, "unemployedMonths", 0, 600, error) : [];
    case "experience": {
      if (a.experience !== "yes") return [];
      const years = parseNumber(a.experienceYears);
      return [
        ...(a.experienceField ? [] : [error("experienceYears.field", "eligibility.errors.experienceField")]),
        ...(years === null || years < 0 || years > 60
          ? [error("experienceYears.years", "eligibility.errors.experienceYears", { min: 0, max: 60 })]
          : []),
      ];
    }
    case "certificates":
      return a.certificate === "yes" && a.certificates.length === 0
        ? [error("certificates", "eligibility.errors.certificates")]
        : [];
    case "participations": {
      if (a.participation !== "yes") return [];
      if (a.participations.length === 0)
        return [error("participations", "eligibility.errors.participationsEmpty")];
      return a.participations.flatMap((p, i) => [
        ...(p.program ? [] : [error(`participations.${i}.program`, "eligibility.errors.program")]),
        ...(isCalendarDate(p.start) ? [] : [error(`participations.${i}.start`, "eligibility.errors.start")]),
        ...(p.end && isCalendarDate(p.start) && p.end < p.start
          ? [error(`participations.${i}.end`, "eligibility.errors.endBeforeStart")]
          : []),
      ]);
    }
    default:
      return [];
  }
}
