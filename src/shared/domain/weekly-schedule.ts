/**
 * Weekly schedules as lists of time slots ("Tue 09:00–13:00"), used both for when a work item
 * needs people and when a resident is available. Times are on a 30-minute grid so that a week
 * fits in a 336-bit set, which the matching engine compares with bit operations.
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TimeSlot {
  day: Weekday;
  /** "HH:MM", on the half hour. */
  start: string;
  /** "HH:MM", on the half hour, after start; "24:00" allowed for midnight. */
  end: string;
}

export const SLOT_MINUTES = 30;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;
export const SLOTS_PER_WEEK = SLOTS_PER_DAY * WEEKDAYS.length;

const TIME_PATTERN = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight, or null when the text is not an "HH:MM" time on the half hour. */
export function parseTimeOfDay(text: string): number | null {
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 24 * 60 || minutes % SLOT_MINUTES !== 0) return null;
  return minutes;
}

export function formatTimeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** Length of one slot in hours; 0 for a malformed or empty slot. */
export function slotHours(slot: TimeSlot): number {
  const start = parseTimeOfDay(slot.start);
  const end = parseTimeOfDay(slot.end);
  if (start === null || end === null || end <= start) return 0;
  return (end - start) / 60;
}

/** Total hours covered by a schedule, counting overlapping slots once. */
export function scheduleHours(slots: readonly TimeSlot[]): number {
  const bits = toSlotBits(slots);
  let count = 0;
  for (const bit of bits) count += bit;
  return (count * SLOT_MINUTES) / 60;
}

/** One byte per half hour of the week (0 or 1); index = day * 48 + half-hour of day. */
export function toSlotBits(slots: readonly TimeSlot[]): Uint8Array {
  const bits = new Uint8Array(SLOTS_PER_WEEK);
  for (const slot of slots) {
    const start = parseTimeOfDay(slot.start);
    const end = parseTimeOfDay(slot.end);
    const day = WEEKDAYS.indexOf(slot.day);
    if (start === null || end === null || end <= start || day < 0) continue;
    for (let m = start; m < end; m += SLOT_MINUTES) bits[day * SLOTS_PER_DAY + m / SLOT_MINUTES] = 1;
  }
  return bits;
}

/** The inverse of toSlotBits: merges adjacent half hours into the fewest slots, day by day. */
export function fromSlotBits(bits: Uint8Array): TimeSlot[] {
  const slots: TimeSlot[] = [];
  WEEKDAYS.forEach((day, d) => {
    let runStart = -1;
    for (let i = 0; i <= SLOTS_PER_DAY; i++) {
      const on = i < SLOTS_PER_DAY && bits[d * SLOTS_PER_DAY + i] === 1;
      if (on && runStart < 0) runStart = i;
      if (!on && runStart >= 0) {
        slots.push({
          day,
          start: formatTimeOfDay(runStart * SLOT_MINUTES),
          end: formatTimeOfDay(i * SLOT_MINUTES),
        });
        runStart = -1;
      }
    }
  });
  return slots;
}

/** Sorts and merges overlapping or touching slots so that stored schedules have one shape. */
export function normalizeSchedule(slots: readonly TimeSlot[]): TimeSlot[] {
  return fromSlotBits(toSlotBits(slots));
}

/** Hours of `a` that are also in `b`. */
export function overlapHours(a: readonly TimeSlot[], b: readonly TimeSlot[]): number {
  const bitsA = toSlotBits(a);
  const bitsB = toSlotBits(b);
  let count = 0;
  for (let i = 0; i < SLOTS_PER_WEEK; i++) count += bitsA[i]! & bitsB[i]!;
  return (count * SLOT_MINUTES) / 60;
}
