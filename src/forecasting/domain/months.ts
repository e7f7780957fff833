/**
 * Calendar months as integers (year × 12 + month − 1), so that series can be indexed, compared
 * and stepped without Date objects or time zones. Demand is recorded per month; a month is
 * stored in the database as its first day ("2026-03-01").
 */
export type MonthIndex = number;

/** "2026-03" or "2026-03-01" → month index; null for anything else or an impossible month. */
export function parseMonth(text: string): MonthIndex | null {
  const match = /^(\d{4})-(\d{2})(?:-01)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

/** Like parseMonth, for text the code itself wrote (constants, database dates). */
export function monthOf(text: string): MonthIndex {
  const month = parseMonth(text.slice(0, 7));
  if (month === null) throw new Error(`not a month: ${text}`);
  return month;
}

/** Month index → "2026-03". */
export function formatMonth(month: MonthIndex): string {
  const year = Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** Month index → "2026-03-01", the stored period. */
export function monthStart(month: MonthIndex): string {
  return `${formatMonth(month)}-01`;
}

/** Month index → its last day, "2027-02-28" (day 0 of the next month, in UTC). */
export function monthEnd(month: MonthIndex): string {
  return new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).toISOString().slice(0, 10);
}

/** 0 = January … 11 = December. */
export function calendarMonth(month: MonthIndex): number {
  return month % 12;
}

/** The month a UTC instant falls in. */
export function monthOfDate(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** from..to inclusive. */
export function monthRange(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}
