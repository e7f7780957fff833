/**
 * A weekly schedule (336 half hours, src/shared/domain/weekly-schedule.ts) packed into eleven
 * 32-bit words, so that the overlap of a resident's availability with a work item's schedule is
 * eleven ANDs and popcounts. Words live in shared typed arrays (one row of eleven per person or
 * item) and are addressed by offset, so that a million schedules are one Uint32Array.
 */
import {
  parseTimeOfDay,
  SLOT_MINUTES,
  SLOTS_PER_DAY,
  SLOTS_PER_WEEK,
  type TimeSlot,
  WEEKDAYS,
} from "../../../shared/domain/weekly-schedule.ts";

export const SLOT_WORDS = Math.ceil(SLOTS_PER_WEEK / 32);

/** Writes the schedule's bits at `offset` (which must hold SLOT_WORDS zeroed words). */
export function writeSlotWords(slots: readonly TimeSlot[], out: Uint32Array, offset = 0): Uint32Array {
  for (const slot of slots) {
    const start = parseTimeOfDay(slot.start);
    const end = parseTimeOfDay(slot.end);
    const day = WEEKDAYS.indexOf(slot.day);
    if (start === null || end === null || end <= start || day < 0) continue;
    for (let m = start; m < end; m += SLOT_MINUTES)
      setSlot(out, offset, day * SLOTS_PER_DAY + m / SLOT_MINUTES);
  }
  return out;
}

export function slotWordsOf(slots: readonly TimeSlot[]): Uint32Array {
  return writeSlotWords(slots, new Uint32Array(SLOT_WORDS));
}

export function setSlot(words: Uint32Array, offset: number, bit: number): void {
  words[offset + (bit >>> 5)]! |= 1 << (bit & 31);
}

export function hasSlot(words: Uint32Array, offset: number, bit: number): boolean {
  return (words[offset + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
}

export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Half hours set in one schedule. */
export function countSlots(words: Uint32Array, offset: number): number {
  let count = 0;
  for (let i = 0; i < SLOT_WORDS; i++) count += popcount32(words[offset + i]!);
  return count;
}

/** Half hours set in both schedules. */
export function countOverlap(a: Uint32Array, aOffset: number, b: Uint32Array, bOffset: number): number {
  let count = 0;
  for (let i = 0; i < SLOT_WORDS; i++) count += popcount32(a[aOffset + i]! & b[bOffset + i]!);
  return count;
}

/** Whether two schedules share any half hour. */
export function slotsClash(a: Uint32Array, aOffset: number, b: Uint32Array, bOffset: number): boolean {
  for (let i = 0; i < SLOT_WORDS; i++) if ((a[aOffset + i]! & b[bOffset + i]!) !== 0) return true;
  return false;
}

/**
 * Half hours set in [from, to) of one schedule: a masked popcount per word the range touches,
 * so that asking about a day or a part of a day costs a few words, not one test per half hour.
 */
export function countSlotRange(words: Uint32Array, offset: number, from: number, to: number): number {
  let count = 0;
  let bit = from;
  while (bit < to) {
    const w = bit >>> 5;
    const lo = bit & 31;
    const hi = Math.min(32, to - (w << 5));
    // Bits lo..hi-1 of the word (hi - lo of them, at most 32).
    const width = hi - lo;
    const mask = width === 32 ? 0xffffffff : ((1 << width) - 1) << lo;
    count += popcount32(words[offset + w]! & mask);
    bit = (w + 1) << 5;
  }
  return count;
}

/** Bit d set when day d (0 = Monday) has any half hour set. */
export function dayMask(words: Uint32Array, offset: number): number {
  let mask = 0;
  for (let day = 0; day < WEEKDAYS.length; day++) {
    if (countSlotRange(words, offset, day * SLOTS_PER_DAY, (day + 1) * SLOTS_PER_DAY) > 0) mask |= 1 << day;
  }
  return mask;
}
