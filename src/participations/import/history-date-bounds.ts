import { ZStoredDate } from "../../shared/common.schema.ts";

/**
 * The earliest start date a history row may have. 공공근로 began in 1998 (after the 1997 crisis)
 * and 노인일자리 in 2004, so no program Maeul knows ran before the late 1990s; 1990 leaves room
 * for an early record while refusing the placeholders spreadsheets produce (1900-01-01, Excel's
 * day zero 1899-12-30, 0001-01-01), which would otherwise count as years of past participation.
 */
export const EARLIEST_HISTORY_START = "1990-01-01";

/**
 * How far after the import day a date may lie. An end date a few months ahead is normal (a
 * participation still going, recorded with its contract's end); a date further out is a typo
 * (2205 for 2025) or a plan, and a planned participation is not history.
 */
export const HISTORY_YEARS_AHEAD = 1;

export interface DateProblem {
  field: "startDate" | "endDate";
  reason: "before_earliest_start" | "too_far_ahead" | "end_date_before_start";
  messageKo: string;
  messageEn: string;
}

/**
 * The checks a history row's dates must pass beyond being real dates: not before
 * EARLIEST_HISTORY_START, not more than HISTORY_YEARS_AHEAD after `today` (the import day in
 * Korea, YYYY-MM-DD), the end not before the start. A date that is not a real date is left to the
 * contract, which reports it as invalid_date.
 */
export function checkHistoryDates(
  dates: { startDate?: unknown; endDate?: unknown },
  today: string,
): DateProblem[] {
  const start = realDate(dates.startDate);
  const end = realDate(dates.endDate);
  const latest = addYears(today, HISTORY_YEARS_AHEAD);
  const problems: DateProblem[] = [];
  if (start !== null && start < EARLIEST_HISTORY_START) {
    problems.push({
      field: "startDate",
      reason: "before_earliest_start",
      messageKo: `시작일이 ${EARLIEST_HISTORY_START}보다 이릅니다 (${start}). 공공일자리 사업은 1990년대 후반에 시작되었으니 날짜를 확인해 주세요.`,
      messageEn: `The start date ${start} is before ${EARLIEST_HISTORY_START}; public job programs began in the late 1990s, so check the date.`,
    });
  }
  const ahead = (field: DateProblem["field"], date: string, ko: string, en: string) =>
    problems.push({
      field,
      reason: "too_far_ahead",
      messageKo: `${ko}이 가져오는 날(${today})에서 ${HISTORY_YEARS_AHEAD}년이 넘게 남았습니다 (${date}). 예정된 참여는 이력이 아니므로 ${latest}까지만 받습니다.`,
      messageEn: `The ${en} ${date} is more than ${HISTORY_YEARS_AHEAD} year after the import date (${today}): a planned participation is not history, so dates up to ${latest} are accepted.`,
    });
  if (start !== null && start > latest) ahead("startDate", start, "시작일", "start date");
  if (end !== null && end > latest) ahead("endDate", end, "종료일", "end date");
  if (start !== null && end !== null && end < start) {
    problems.push({
      field: "endDate",
      reason: "end_date_before_start",
      messageKo: `종료일이 시작일보다 이릅니다 (시작 ${start}, 종료 ${end}).`,
      messageEn: `The end date ${end} is before the start date ${start}.`,
    });
  }
  return problems;
}

function realDate(value: unknown): string | null {
  return typeof value === "string" && ZStoredDate.safeParse(value).success ? value : null;
}

/** The same day `years` later; 29 February becomes 28 February in a year without it. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const same = new Date(Date.UTC(year + years, month - 1, day));
  const result = same.getUTCDate() === day ? same : new Date(Date.UTC(year + years, month, 0));
  return result.toISOString().slice(0, 10);
}
