/** The calendar day and year in Korea (UTC+9, no daylight saving) for an instant. */
export function seoulDay(now: Date): { date: string; year: number } {
  const shifted = new Date(now.getTime() + 9 * 3_600_000);
  return { date: shifted.toISOString().slice(0, 10), year: shifted.getUTCFullYear() };
}
