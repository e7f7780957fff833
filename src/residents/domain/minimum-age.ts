import type { FieldError } from "../../shared/errors.ts";

/**
 * 근로기준법 §64: no one under 15 may be employed. Only the birth year is collected (never the
 * full birth date), so age is counted the way Korean youth law counts it, 연 나이: the current
 * year minus the birth year. Someone born in 2011 may register from 1 January 2026; the
 * contract step checks the exact age at the start of work.
 */
export const MINIMUM_WORKING_AGE = 15;

export function yearAge(birthYear: number, now: Date): number {
  return now.getUTCFullYear() - birthYear;
}

/** The field error for a birth year that is too recent, or null when the age is allowed. */
export function checkMinimumAge(birthYear: number, now: Date): FieldError | null {
  if (yearAge(birthYear, now) >= MINIMUM_WORKING_AGE) return null;
  const latest = now.getUTCFullYear() - MINIMUM_WORKING_AGE;
  return {
    field: "birthYear",
    reason: "too_young",
    messageKo: `${MINIMUM_WORKING_AGE}세 미만은 등록할 수 없습니다. ${latest}년 이전(${latest}년 포함)에 태어난 분만 등록할 수 있습니다.`,
    messageEn: `Residents must be at least ${MINIMUM_WORKING_AGE} (born in ${latest} or earlier).`,
  };
}
