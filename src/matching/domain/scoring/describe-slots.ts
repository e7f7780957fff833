/**
 * "화/목 오전": the days and the part of day of the half hours two schedules share, as people say
 * it. Each day is named by the part of day where most of its shared time lies; days with the
 * same part are grouped (월/수 오전, 토 오후).
 */
import { SLOTS_PER_DAY, WEEKDAYS } from "../../../shared/domain/weekly-schedule.ts";
import type { Words } from "./match-vocabulary.ts";
import { WEEKDAY_WORDS } from "./match-vocabulary.ts";
import { countSlotRange, SLOT_WORDS } from "./slot-words.ts";

const PARTS: readonly (Words & { untilSlot: number })[] = [
  { ko: "오전", en: "morning", untilSlot: 24 },
  { ko: "오후", en: "afternoon", untilSlot: 36 },
  { ko: "저녁", en: "evening", untilSlot: SLOTS_PER_DAY },
];

/** Days (0 = Monday) grouped by their main part of day, from the half hours in both schedules. */
export function sharedDayParts(
  a: Uint32Array,
  aAt: number,
  b: Uint32Array,
  bAt: number,
): { part: number; days: number[] }[] {
  const both = new Uint32Array(SLOT_WORDS);
  for (let w = 0; w < SLOT_WORDS; w++) both[w] = a[aAt + w]! & b[bAt + w]!;
  const groups = PARTS.map((_, part) => ({ part, days: [] as number[] }));
  const counts = [0, 0, 0];
  for (let day = 0; day < WEEKDAYS.length; day++) {
    // Each part of the day is a run of bits: a masked popcount per word it touches.
    let from = day * SLOTS_PER_DAY;
    for (let p = 0; p < PARTS.length; p++) {
      const to = day * SLOTS_PER_DAY + PARTS[p]!.untilSlot;
      counts[p] = countSlotRange(both, 0, from, to);
      from = to;
    }
    let best = 0;
    for (let p = 1; p < counts.length; p++) if (counts[p]! > counts[best]!) best = p;
    if (counts[best]! > 0) groups[best]!.days.push(day);
  }
  return groups.filter((g) => g.days.length > 0);
}

export function describeSharedTime(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number): Words | null {
  const groups = sharedDayParts(a, aAt, b, bAt);
  if (groups.length === 0) return null;
  const ko = groups.map((g) => `${g.days.map((d) => WEEKDAY_WORDS[d]!.ko).join("/")} ${PARTS[g.part]!.ko}`);
  const en = groups.map((g) => `${g.days.map((d) => WEEKDAY_WORDS[d]!.en).join("/")} ${PARTS[g.part]!.en}`);
  return { ko: ko.join(", "), en: en.join(", ") };
}
