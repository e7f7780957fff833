import type { NotificationLocale } from "./notification-vocabulary.ts";

const WEEKDAYS_KO = ["일", "월", "화", "수", "목", "금", "토"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar date "YYYY-MM-DD" that exists (no 2月 30日), or null. */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** "2026-03-02" → "2026년 3월 2일(월)" / "Monday 2 March 2026". */
export function formatDate(value: string, locale: NotificationLocale): string {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new Error(`not a calendar date: ${value}`);
  const { year, month, day } = parsed;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return locale === "ko"
    ? `${year}년 ${month}월 ${day}일(${WEEKDAYS_KO[weekday]})`
    : `${WEEKDAYS_EN[weekday]} ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** "09:30" → "오전 9시 30분" / "9:30 am"; "14:00" → "오후 2시" / "2:00 pm". */
export function formatTime(value: string, locale: NotificationLocale): string {
  if (!isClockTime(value)) throw new Error(`not a time of day: ${value}`);
  const [hours, minutes] = value.split(":").map(Number) as [number, number];
  const afternoon = hours >= 12;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  if (locale === "ko") {
    return `${afternoon ? "오후" : "오전"} ${hour12}시${minutes > 0 ? ` ${minutes}분` : ""}`;
  }
  return `${hour12}:${String(minutes).padStart(2, "0")} ${afternoon ? "pm" : "am"}`;
}
