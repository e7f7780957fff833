import {
  normalizeSchedule,
  type TimeSlot,
  WEEKDAYS,
  type Weekday,
} from "../../../src/shared/domain/weekly-schedule.ts";

export interface ScheduleGroup {
  days: Weekday[];
  /** "09:00–13:00" ranges, in order. */
  ranges: string[];
}

/** Days with the same hours grouped together: [{days: [tue, thu], ranges: ["09:00–13:00"]}]. */
export function groupSchedule(slots: readonly TimeSlot[]): ScheduleGroup[] {
  const byDay = new Map<Weekday, string[]>();
  for (const slot of normalizeSchedule(slots)) {
    const ranges = byDay.get(slot.day) ?? [];
    ranges.push(`${slot.start}–${slot.end}`);
    byDay.set(slot.day, ranges);
  }
  const groups: ScheduleGroup[] = [];
  for (const day of WEEKDAYS) {
    const ranges = byDay.get(day);
    if (!ranges) continue;
    const key = ranges.join(",");
    const same = groups.find((g) => g.ranges.join(",") === key);
    if (same) same.days.push(day);
    else groups.push({ days: [day], ranges });
  }
  return groups;
}

/**
 * Day labels joined compactly: three or more consecutive days become a range ("월–금"), others
 * are joined with the separator ("화·목").
 */
export function joinDays(
  days: readonly Weekday[],
  label: (day: Weekday) => string,
  separator: string,
): string {
  const indexes = days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < indexes.length) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    const first = WEEKDAYS[indexes[i]!]!;
    const last = WEEKDAYS[indexes[j]!]!;
    if (j - i >= 2) parts.push(`${label(first)}–${label(last)}`);
    else for (let k = i; k <= j; k++) parts.push(label(WEEKDAYS[indexes[k]!]!));
    i = j + 1;
  }
  return parts.join(separator);
}
