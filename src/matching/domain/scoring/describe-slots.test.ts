/**
 * The shared-time words and the day masks are counted per run of bits (countSlotRange); these
 * tests hold them to the plain reading, one half hour at a time, on many random schedules.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK, WEEKDAYS } from "../../../shared/domain/weekly-schedule.ts";
import { describeSharedTime, sharedDayParts } from "./describe-slots.ts";
import { countSlotRange, dayMask, hasSlot, SLOT_WORDS } from "./slot-words.ts";

const PART_ENDS = [24, 36, SLOTS_PER_DAY];

/** The former reading: each of the 48 half hours of each day tested on its own. */
function sharedDayPartsOneByOne(a: Uint32Array, b: Uint32Array): { part: number; days: number[] }[] {
  const groups = PART_ENDS.map((_, part) => ({ part, days: [] as number[] }));
  for (let day = 0; day < WEEKDAYS.length; day++) {
    const counts = [0, 0, 0];
    for (let s = 0; s < SLOTS_PER_DAY; s++) {
      const bit = day * SLOTS_PER_DAY + s;
      if (!hasSlot(a, 0, bit) || !hasSlot(b, 0, bit)) continue;
      counts[s < PART_ENDS[0]! ? 0 : s < PART_ENDS[1]! ? 1 : 2]! += 1;
    }
    let best = 0;
    for (let p = 1; p < 3; p++) if (counts[p]! > counts[best]!) best = p;
    if (counts[best]! > 0) groups[best]!.days.push(day);
  }
  return groups.filter((g) => g.days.length > 0);
}

function dayMaskOneByOne(words: Uint32Array, offset: number): number {
  let mask = 0;
  for (let bit = 0; bit < SLOTS_PER_WEEK; bit++)
    if (hasSlot(words, offset, bit)) mask |= 1 << Math.floor(bit / SLOTS_PER_DAY);
  return mask;
}

/** Random schedules: dense noise, sparse bits, and runs like real shifts (with the unused tail bits clear). */
const schedule = fc
  .oneof(
    fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: SLOT_WORDS, maxLength: SLOT_WORDS }),
    fc.array(fc.integer({ min: 0, max: SLOTS_PER_WEEK - 1 }), { maxLength: 12 }).map((bits) => {
      const w = new Array<number>(SLOT_WORDS).fill(0);
      for (const bit of bits) w[bit >>> 5]! |= 1 << (bit & 31);
      return w;
    }),
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: SLOTS_PER_WEEK - 1 }), fc.integer({ min: 1, max: 30 })), {
        maxLength: 8,
      })
      .map((runs) => {
        const w = new Array<number>(SLOT_WORDS).fill(0);
        for (const [start, length] of runs)
          for (let bit = start; bit < Math.min(SLOTS_PER_WEEK, start + length); bit++)
            w[bit >>> 5]! |= 1 << (bit & 31);
        return w;
      }),
  )
  .map((w) => {
    const words = Uint32Array.from(w, (x) => x >>> 0);
    for (let bit = SLOTS_PER_WEEK; bit < SLOT_WORDS * 32; bit++) words[bit >>> 5]! &= ~(1 << (bit & 31));
    return words;
  });

describe("shared time by runs of bits", () => {
  it("groups days by part exactly as testing each half hour did, on random schedules", () => {
    fc.assert(
      fc.property(schedule, schedule, (a, b) => {
        expect(sharedDayParts(a, 0, b, 0)).toEqual(sharedDayPartsOneByOne(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the same words at an offset into shared rows", () => {
    fc.assert(
      fc.property(schedule, schedule, fc.integer({ min: 0, max: 5 }), (a, b, at) => {
        const rowsA = new Uint32Array(SLOT_WORDS * 6);
        const rowsB = new Uint32Array(SLOT_WORDS * 6).fill(0xffffffff);
        rowsA.set(a, at * SLOT_WORDS);
        rowsB.set(b, (5 - at) * SLOT_WORDS);
        expect(describeSharedTime(rowsA, at * SLOT_WORDS, rowsB, (5 - at) * SLOT_WORDS)).toEqual(
          describeSharedTime(a, 0, b, 0),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("names a Tuesday and Thursday morning as people say it", () => {
    const a = new Uint32Array(SLOT_WORDS);
    for (const day of [1, 3])
      for (let s = 18; s < 24; s++) a[(day * 48 + s) >>> 5]! |= 1 << ((day * 48 + s) & 31);
    expect(describeSharedTime(a, 0, a, 0)).toEqual({ ko: "화/목 오전", en: "Tue/Thu morning" });
  });

  it("counts any range and finds the days as one test per half hour does", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.integer({ min: 0, max: SLOTS_PER_WEEK }),
        fc.integer({ min: 0, max: SLOTS_PER_WEEK }),
        (words, x, y) => {
          const [from, to] = x <= y ? [x, y] : [y, x];
          let expected = 0;
          for (let bit = from; bit < to; bit++) if (hasSlot(words, 0, bit)) expected++;
          expect(countSlotRange(words, 0, from, to)).toBe(expected);
          expect(dayMask(words, 0)).toBe(dayMaskOneByOne(words, 0));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
