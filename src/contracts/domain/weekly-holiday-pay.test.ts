import { describe, expect, it } from "vitest";
import { weeklyHolidayPay } from "./weekly-holiday-pay.ts";

describe("주휴수당 (Labour Standards Act art. 55, 18(3))", () => {
  it.each([
    // hours a week, 2026 minimum wage → paid hours, won
    [14.5, 0, 0],
    [14.99, 0, 0],
    [15, 3, 30_960],
    [15.5, 3.1, 31_992],
    [20, 4, 41_280], // RULES.md §10's example
    [30, 6, 61_920],
    [40, 8, 82_560], // a full-time week: 8 × 10,320원
    [52, 8, 82_560], // capped at one full day
  ])("%s h a week at 10,320원 → %s paid hours, %s won", (hoursPerWeek, paidHours, amountWon) => {
    const pay = weeklyHolidayPay({ hoursPerWeek, hourlyWage: 10_320 });
    expect(pay.applies).toBe(hoursPerWeek >= 15);
    expect(pay.paidHours).toBeCloseTo(paidHours, 10);
    expect(pay.amountWon).toBe(amountWon);
  });

  it("gives the reason in Korean and English, with the article", () => {
    const under = weeklyHolidayPay({ hoursPerWeek: 14.5, hourlyWage: 10_320 });
    expect(under.reason).toBe("below_15_hours");
    expect(under.messageKo).toContain("제18조 제3항");
    expect(under.messageEn).toContain("art. 18(3)");
    const paid = weeklyHolidayPay({ hoursPerWeek: 20, hourlyWage: 10_320 });
    expect(paid.messageKo).toBe("주 20시간: 주휴 4시간분 41,280원 (근로기준법 제55조)");
  });

  it("is not owed for a week with a missed scheduled day (개근), and truncates below the won", () => {
    expect(weeklyHolidayPay({ hoursPerWeek: 20, hourlyWage: 10_320, attendedAllDays: false })).toMatchObject({
      applies: false,
      amountWon: 0,
      reason: "absent_scheduled_day",
    });
    // 15.5 h at 10,031원: 3.1 × 10,031 = 31,096.1 → 31,096원.
    expect(weeklyHolidayPay({ hoursPerWeek: 15.5, hourlyWage: 10_031 }).amountWon).toBe(31_096);
  });

  it("refuses negative or non-numeric hours and wages", () => {
    expect(() => weeklyHolidayPay({ hoursPerWeek: -1, hourlyWage: 10_320 })).toThrow(RangeError);
    expect(() => weeklyHolidayPay({ hoursPerWeek: 20, hourlyWage: Number.NaN })).toThrow(RangeError);
  });
});
