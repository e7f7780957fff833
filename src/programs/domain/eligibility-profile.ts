import type { ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";

/** A past or current participation in a program, as the person or the registry reports it. */
export interface Participation {
  program: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD; absent while ongoing. */
  end?: string;
  /** The service field (돌봄, 환경 …) for career continuity. */
  field?: string;
}

/**
 * What the eligibility engine knows about a person. Only birth date and region are required;
 * every other fact may be missing, and a rule that needs a missing fact says so
 * (`needs_document`) rather than guessing.
 */
export interface EligibilityProfile {
  birthDate: string;
  regionCode: string;
  householdSize?: number;
  householdIncomeMonthly?: number;
  propertyValue?: number;
  /** People the applicant supports; defaults to household size − 1 for the priority score. */
  dependants?: number;
  receivesBasicPension?: boolean;
  livelihoodBenefit?: boolean;
  employeeHealthInsurance?: boolean;
  /** true or 1–5 (장기요양등급), 6 = 인지지원등급; false or 0 = none. */
  longTermCareGrade?: boolean | number;
  employed?: boolean;
  unemployedMonths?: number;
  groups?: ResidentGroup[];
  /** Years of experience by field, e.g. {"care": 4}. */
  experienceYears?: Record<string, number>;
  certificates?: string[];
  participations?: Participation[];
}

/** 만 나이 on `date` (both YYYY-MM-DD): whole years since birth, counting the birthday itself. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
