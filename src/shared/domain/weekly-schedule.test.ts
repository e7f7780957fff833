import { describe, expect, it } from "vitest";
import {
  fromSlotBits,
  normalizeSchedule,
  overlapHours,
  parseTimeOfDay,
  scheduleHours,
  slotHours,
  toSlotBits,
} from "./weekly-schedule.ts";

describe("weekly schedule", () => {
  it("parses half-hour times and rejects others", () => {
    expect(parseTimeOfDay("09:30")).toBe(570);
    expect(parseTimeOfDay("24:00")).toBe(1440);
    expect(parseTimeOfDay("09:15")).toBeNull();
    expect(parseTimeOfDay("24:30")).toBeNull();
    expect(parseTimeOfDay("9:00")).toBeNull();
    expect(parseTimeOfDay("25:00")).toBeNull();
  });

  it("counts hours, overlapping slots once", () => {
    expect(slotHours({ day: "mon", start: "09:00", end: "13:00" })).toBe(4);
    expect(slotHours({ day: "mon", start: "13:00", end: "09:00" })).toBe(0);
    expect(
      scheduleHours([
        { day: "mon", start: "09:00", end: "13:00" },
        { day: "mon", start: "12:00", end: "14:00" },
        { day: "thu", start: "18:00", end: "24:00" },
      ]),
    ).toBe(11);
  });

  it("round-trips through the bit set and merges touching slots", () => {
    const slots = [
      { day: "wed" as const, start: "13:00", end: "15:00" },
      { day: "mon" as const, start: "09:00", end: "10:00" },
      { day: "mon" as const, start: "10:00", end: "12:30" },
    ];
    expect(normalizeSchedule(slots)).toEqual([
      { day: "mon", start: "09:00", end: "12:30" },
      { day: "wed", start: "13:00", end: "15:00" },
    ]);
    expect(fromSlotBits(toSlotBits(normalizeSchedule(slots)))).toEqual(normalizeSchedule(slots));
  });

  it("measures the overlap of two schedules", () => {
    const work = [{ day: "tue" as const, start: "09:00", end: "13:00" }];
    const free = [
      { day: "tue" as const, start: "11:00", end: "18:00" },
      { day: "wed" as const, start: "09:00", end: "13:00" },
    ];
    expect(overlapHours(work, free)).toBe(2);
    expect(overlapHours(work, [])).toBe(0);
  });
});
