/**
 * 주휴수당 (pay for the weekly paid rest day), as the statute sets it (../shared/data/RULES.md §10):
 * - 근로기준법 제55조 ①: at least one paid rest day a week;
 * - 시행령 제30조 ①: for a worker who attended every scheduled day of that week (개근);
 * - 근로기준법 제18조 ③: not for a worker whose scheduled hours average under 15 a week;
 * - the amount for part-time work: (weekly scheduled hours ÷ 40) × 8 h × the hourly wage, at most
 *   8 hours' pay (a full-time week), 원 미만 버림.
 * Pure: the wage and hours come from the caller (a contract, a work item, a program's rules).
 */

/** 근로기준법 제18조 ③: below this many scheduled hours a week there is no paid rest day. */
export const WEEKLY_HOLIDAY_MIN_HOURS = 15;
/** 근로기준법 제50조: the statutory full-time week, whose rest day is a full 8-hour day. */
export const FULL_TIME_WEEK_HOURS = 40;
export const FULL_DAY_HOURS = 8;
/** Weeks in an average month (365 ÷ 7 ÷ 12 ≈ 4.345), as in the 209-hour monthly minimum wage. */
export const WEEKS_PER_MONTH = 365 / 7 / 12;

export interface WeeklyHolidayPay {
  applies: boolean;
  /** Paid hours of the rest day (0 when it does not apply). */
  paidHours: number;
  amountWon: number;
  reason: "below_15_hours" | "absent_scheduled_day" | "prorated" | "full_day";
  messageKo: string;
  messageEn: string;
}

const won = new Intl.NumberFormat("ko-KR");
const hours = (h: number) => Number(h.toFixed(2)).toString();

/**
 * The paid rest day earned by one week of work. `attendedAllDays` defaults to true (a contract
 * states what is scheduled; attendance is known only after the week).
 */
export function weeklyHolidayPay(input: {
  hoursPerWeek: number;
  hourlyWage: number;
  attendedAllDays?: boolean;
}): WeeklyHolidayPay {
  const { hoursPerWeek, hourlyWage } = input;
  if (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0 || !Number.isFinite(hourlyWage) || hourlyWage < 0) {
    throw new RangeError("hours and wage must be non-negative numbers");
  }
  if (hoursPerWeek < WEEKLY_HOLIDAY_MIN_HOURS) {
    return {
      applies: false,
      paidHours: 0,
      amountWon: 0,
      reason: "below_15_hours",
      messageKo: `주 ${hours(hoursPerWeek)}시간으로 15시간 미만이라 주휴수당이 없습니다 (근로기준법 제18조 제3항)`,
      messageEn: `${hours(hoursPerWeek)} h a week is under 15 h: no paid weekly rest day (Labour Standards Act art. 18(3))`,
    };
  }
  if (input.attendedAllDays === false) {
    return {
      applies: false,
      paidHours: 0,
      amountWon: 0,
      reason: "absent_scheduled_day",
      messageKo: "소정근로일을 개근하지 않은 주에는 주휴수당이 없습니다 (시행령 제30조 제1항)",
      messageEn: "No paid rest day in a week with a missed scheduled day (Enforcement Decree art. 30(1))",
    };
  }
  const full = hoursPerWeek >= FULL_TIME_WEEK_HOURS;
  const paidHours = full ? FULL_DAY_HOURS : (hoursPerWeek / FULL_TIME_WEEK_HOURS) * FULL_DAY_HOURS;
  // In tenths of a won first, so that 15.5 h × 10,320원 ÷ 5 is not 31,991.999….
  const amountWon = Math.floor(Math.round(paidHours * hourlyWage * 10) / 10);
  return {
    applies: true,
    paidHours,
    amountWon,
    reason: full ? "full_day" : "prorated",
    messageKo: `주 ${hours(hoursPerWeek)}시간: 주휴 ${hours(paidHours)}시간분 ${won.format(amountWon)}원 (근로기준법 제55조)`,
    messageEn: `${hours(hoursPerWeek)} h a week: paid rest day of ${hours(paidHours)} h, ${won.format(amountWon)} won (Labour Standards Act art. 55)`,
  };
}
