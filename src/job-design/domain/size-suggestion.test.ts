import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKS_PER_MONTH } from "../../contracts/domain/weekly-holiday-pay.ts";
import {
  budgetFor,
  hourlyWageFor,
  hoursPerPerson,
  K_FLEX_HOURS,
  monthlyPay,
  positionsFor,
  splitByShares,
} from "./size-suggestion.ts";

describe("sizing a suggestion", () => {
  it("brings hours into the 20–30 h band, then under the program's limit", () => {
    expect(hoursPerPerson(15, K_FLEX_HOURS, null)).toBe(20);
    expect(hoursPerPerson(25, K_FLEX_HOURS, null)).toBe(25);
    expect(hoursPerPerson(40, K_FLEX_HOURS, null)).toBe(30);
    // 사회서비스형: 60 h a month ≈ 13.8 h a week, kept on the half hour below.
    expect(hoursPerPerson(25, K_FLEX_HOURS, 60 / WEEKS_PER_MONTH)).toBe(13.5);
  });

  it("turns monthly gap hours into people at the weekly hours, a gap under half a post making none", () => {
    const month20 = 20 * WEEKS_PER_MONTH; // ≈ 86.9 h
    expect(positionsFor(6 * month20, 20)).toBe(6);
    expect(positionsFor(1200, 20)).toBe(14); // 1,200 ÷ 86.9 = 13.8
    expect(positionsFor(1200, 30)).toBe(9); // 1,200 ÷ 130.4 = 9.2
    expect(positionsFor(0.49 * month20, 20)).toBe(0);
    expect(positionsFor(0.51 * month20, 20)).toBe(1);
    expect(positionsFor(0, 20)).toBe(0);
    expect(positionsFor(-50, 20)).toBe(0);
  });

  it("never pays under the minimum wage", () => {
    expect(hourlyWageFor(10_320)).toBe(10_320);
    expect(hourlyWageFor(10_320, 9_000)).toBe(10_320);
    expect(hourlyWageFor(10_320, 12_000)).toBe(12_000);
    expect(hourlyWageFor(10_320, 11_000.2)).toBe(11_001);
  });

  it("adds 주휴수당 from 15 hours a week, not below", () => {
    const at14 = monthlyPay(14.5, 10_320);
    expect(at14.weeklyHolidayPay).toBe(0);
    expect(at14.perPerson).toBe(Math.round(14.5 * 10_320 * WEEKS_PER_MONTH));
    const at20 = monthlyPay(20, 10_320);
    // (20 ÷ 40) × 8 h × 10,320 = 41,280 a week.
    expect(at20.weeklyHolidayPay).toBe(41_280);
    expect(at20.perPerson).toBe(Math.round((20 * 10_320 + 41_280) * WEEKS_PER_MONTH));
    // A full-time week: 40 h plus a full 8-hour rest day, over the average month.
    expect(monthlyPay(40, 10_320).perPerson).toBe(Math.round(48 * 10_320 * WEEKS_PER_MONTH));
  });

  it("costs people × months × monthly pay and splits it by the funding shares", () => {
    const pay = monthlyPay(25, 10_320);
    const budget = budgetFor(6, 4, pay, { national: 0.5, metropolitan: 0.25, district: 0.25 });
    expect(budget.total).toBe(6 * 4 * pay.perPerson);
    expect(budget.national + budget.metropolitan + budget.district).toBe(budget.total);
    expect(budget.national).toBe(budget.total / 2);
  });

  it("gives a zero share nothing and rounds so that the parts always sum to the total", () => {
    expect(splitByShares(1001, { national: 0, metropolitan: 0.7, district: 0.3 })).toEqual({
      total: 1001,
      national: 0,
      metropolitan: 701,
      district: 300,
    });
    expect(splitByShares(3, { national: 0.5, metropolitan: 0.5, district: 0 })).toEqual({
      total: 3,
      national: 2,
      metropolitan: 1,
      district: 0,
    });
    const shares = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
      .filter(([a, b]) => a + b <= 1000)
      .map(([a, b]) => ({ national: a / 1000, metropolitan: b / 1000, district: (1000 - a - b) / 1000 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), shares, (total, s) => {
        const split = splitByShares(total, s);
        expect(split.national + split.metropolitan + split.district).toBe(total);
        for (const key of ["national", "metropolitan", "district"] as const) {
          expect(split[key]).toBeGreaterThanOrEqual(0);
          expect(Math.abs(split[key] - total * s[key])).toBeLessThanOrEqual(1);
          if (s[key] === 0) expect(split[key]).toBe(0);
        }
      }),
    );
  });
});
