import { parseCalendarDate } from "./format-for-message.ts";

/** Korea has one time zone and no daylight saving: 10:00 KST is 01:00 UTC. */
const SEND_HOUR_UTC = 1;

/**
 * When the "참여 종료 2주 전" message goes out: 14 days before the last day of participation, at
 * 10:00 Korean time (a daytime hour for a text message). Enqueue the message at selection with
 * this as `notBefore`; cancel it if the participation ends early.
 */
export function participationEndingNoticeAt(endDate: string, daysBefore = 14): Date {
  const parsed = parseCalendarDate(endDate);
  if (!parsed) throw new Error(`not a calendar date: ${endDate}`);
  return new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day - daysBefore, SEND_HOUR_UTC));
}
