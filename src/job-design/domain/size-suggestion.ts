import { WEEKS_PER_MONTH, weeklyHolidayPay } from "../../contracts/domain/weekly-holiday-pay.ts";

/**
 * How many people, for how long, at what cost: the arithmetic of one job-design suggestion.
 * - hours a week per person: the occupation's typical hours brought into the K-공공일자리 band
 *   (20–30 h), then under the program's legal limit where it has one (사회서비스형 60 h a month);
 * - people: the monthly hours of unmet demand ÷ one person's monthly hours, rounded (a gap under
 *   half a post makes no post);
 * - pay: the hourly wage, never below the statutory minimum for the year, plus 주휴수당 for 15 h a
 *   week or more (근로기준법 제18조 ③, 제55조), over an average month (365 ÷ 7 ÷ 12 weeks);
 * - budget: people × months × monthly pay, in won, split by the program's funding shares so that
 *   the parts add up to the total exactly. Employer social-insurance contributions are not included.
 */

export interface HoursBand {
  min: number;
  max: number;
}

/** The flexible K-공공일자리 week the proposal names (seed 000: 주 20~30시간 유연형). */
export const K_FLEX_HOURS: HoursBand = { min: 20, max: 30 };

/** Hours a week per person, on the half hour. */
export function hoursPerPerson(typical: number, band: HoursBand, programLimit: number | null): number {
  let hours = Math.min(band.max, Math.max(band.min, typical));
  if (programLimit !== null) hours = Math.min(hours, programLimit);
  return Math.floor(hours * 2) / 2;
}

export function monthlyHoursPerPerson(hoursPerWeek: number): number {
  return hoursPerWeek * WEEKS_PER_MONTH;
}

/** People needed to cover `gapHoursPerMonth` at `hoursPerWeek` each. */
export function positionsFor(gapHoursPerMonth: number, hoursPerWeek: number): number {
  if (!(gapHoursPerMonth > 0) || !(hoursPerWeek > 0)) return 0;
  return Math.round(gapHoursPerMonth / monthlyHoursPerPerson(hoursPerWeek));
}

/** The hourly wage paid: what was asked, but never under the minimum wage. */
export function hourlyWageFor(minimumWage: number, asked?: number): number {
  return Math.max(minimumWage, Math.ceil(asked ?? 0));
}

export interface MonthlyPay {
  hourlyWage: number;
  hoursPerWeek: number;
  /** 주휴수당 for one week (0 under 15 h a week). */
  weeklyHolidayPay: number;
  /** Wages and 주휴수당 of one person for an average month, in won. */
  perPerson: number;
}

export function monthlyPay(hoursPerWeek: number, hourlyWage: number): MonthlyPay {
  const holiday = weeklyHolidayPay({ hoursPerWeek, hourlyWage }).amountWon;
  return {
    hourlyWage,
    hoursPerWeek,
    weeklyHolidayPay: holiday,
    perPerson: Math.round((hoursPerWeek * hourlyWage + holiday) * WEEKS_PER_MONTH),
  };
}

export interface FundingShares {
  national: number;
  metropolitan: number;
  district: number;
}

export interface Budget extends FundingShares {
  total: number;
}

/**
 * Splits a total in won by shares with the largest-remainder method: each part is its share
 * rounded down, and the won left over go to the largest fractions, so the parts sum to the total
 * and a zero share gets nothing.
 */
export function splitByShares(total: number, shares: FundingShares): Budget {
  const keys = ["national", "metropolitan", "district"] as const;
  const exact = keys.map((k) => total * shares[k]);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = keys
    .map((_, i) => i)
    .filter((i) => shares[keys[i]!] > 0)
    .sort((a, b) => exact[b]! - parts[b]! - (exact[a]! - parts[a]!) || a - b);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k]!]! += 1;
  return { total, national: parts[0]!, metropolitan: parts[1]!, district: parts[2]! };
}

export function budgetFor(positions: number, months: number, pay: MonthlyPay, shares: FundingShares): Budget {
  return splitByShares(positions * months * pay.perPerson, shares);
}
