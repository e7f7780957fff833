import {
  fromSlotBits,
  SLOTS_PER_DAY,
  type TimeSlot,
  toSlotBits,
  WEEKDAYS,
  type Weekday,
} from "../../../../src/shared/domain/weekly-schedule.ts";

/** Half-hour slots per grid row (the grid shows whole hours). */
const HALVES = 2;

function index(day: number, hour: number): number {
  return day * SLOTS_PER_DAY + hour * HALVES;
}

/** "on" when both halves of the hour are in the schedule, "partial" when one is. */
export function hourState(bits: Uint8Array, day: number, hour: number): "on" | "off" | "partial" {
  const i = index(day, hour);
  const count = (bits[i] ?? 0) + (bits[i + 1] ?? 0);
  return count === 2 ? "on" : count === 1 ? "partial" : "off";
}

/** The schedule with one hour of one day set on or off. */
export function setHour(slots: readonly TimeSlot[], day: number, hour: number, on: boolean): TimeSlot[] {
  const bits = toSlotBits(slots);
  const i = index(day, hour);
  bits[i] = on ? 1 : 0;
  bits[i + 1] = on ? 1 : 0;
  return fromSlotBits(bits);
}

/** The schedule with the hours [from, to) of the given days added. */
export function addHours(
  slots: readonly TimeSlot[],
  days: readonly Weekday[],
  from: number,
  to: number,
): TimeSlot[] {
  const bits = toSlotBits(slots);
  for (const day of days) {
    const d = WEEKDAYS.indexOf(day);
    for (let h = from; h < to; h++) {
      bits[index(d, h)] = 1;
      bits[index(d, h) + 1] = 1;
    }
  }
  return fromSlotBits(bits);
}
