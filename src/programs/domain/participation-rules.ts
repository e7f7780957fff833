import type { Participation } from "./eligibility-profile.ts";

/** Dates compare as YYYY-MM-DD strings; an ongoing participation runs to the end of time. */
const FOREVER = "9999-12-31";

/** Participations whose dates share at least one day with the period (ends inclusive). */
export function overlappingParticipations<P extends Participation>(
  history: readonly P[],
  period: { start: string; end: string },
): P[] {
  return history.filter((p) => p.start <= period.end && (p.end ?? FOREVER) >= period.start);
}

/** The calendar years, within [fromYear, toYear], in which the person took part at all. */
export function yearsWithParticipation(
  history: readonly Participation[],
  fromYear: number,
  toYear: number,
): number[] {
  const years = new Set<number>();
  for (const p of history) {
    const first = Math.max(fromYear, Number(p.start.slice(0, 4)));
    const last = Math.min(toYear, Number((p.end ?? FOREVER).slice(0, 4)));
    for (let y = first; y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * Months worked in a field up to `asOf`, counting each calendar month once even when
 * participations overlap, and a month as worked when any day of it was. The practitioners in
 * seed 004 ask for about three years of continuity in a field to count as experience, so the
 * longest unbroken run is returned beside the total.
 */
export function careerMonthsInField(
  history: readonly Participation[],
  field: string,
  asOf: string,
): { totalMonths: number; longestRunMonths: number } {
  const months = new Set<number>();
  const cap = monthIndex(asOf);
  for (const p of history) {
    if (p.field !== field || p.start > asOf) continue;
    const last = Math.min(cap, monthIndex(p.end ?? asOf));
    for (let m = monthIndex(p.start); m <= last; m++) months.add(m);
  }
  const sorted = [...months].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return { totalMonths: sorted.length, longestRunMonths: longest };
}

/** "지역공동체일자리 2026-02-02~2026-06-30": the clashing participation, named for a message. */
export function describeParticipation(
  p: Participation,
  name: { ko: string; en: string },
): { ko: string; en: string } {
  return {
    ko: `${name.ko} ${p.start}~${p.end ?? "참여 중"}`,
    en: `${name.en} ${p.start} to ${p.end ?? "ongoing"}`,
  };
}
