import { describe, expect, it } from "vitest";
import { PROGRAM_CODES, type ProgramCode } from "../../programs/domain/program-catalogue.ts";
import { loadRulesData, RULE_YEARS } from "../../programs/rules-data.ts";
import { type PayBasis, programWeeklyPay } from "./program-pay-rule.ts";

/**
 * Table-driven, per program and rule year, on the shipped rules (data/program-rules/): the 15 h a
 * week line of 주휴수당 at 14.5, 15 and 15.5 h, and each program's hour caps at the cap and just past
 * it. The expected figures are written out here, so a change in the data or the rule shows up.
 */
const data = loadRulesData();
const rules = (program: ProgramCode, year: number) => {
  const set = data.ruleSets.find((s) => s.program === program && s.year === year);
  if (!set) throw new Error(`no ${program} rules for ${year}`);
  return set;
};
const WAGE: Record<number, number> = { 2025: 10_030, 2026: 10_320 };

/** How each program pays, and an age inside its bounds for the 15-hour table. */
const PROGRAMS: Record<ProgramCode, { basis: PayBasis; age: number }> = {
  public_works: { basis: "employment", age: 40 },
  seoul_companion: { basis: "employment", age: 40 },
  community_jobs: { basis: "employment", age: 40 },
  senior_public_interest: { basis: "activity_allowance", age: 70 },
  senior_social_service: { basis: "employment", age: 66 },
  senior_market: { basis: "employment", age: 66 },
  senior_placement: { basis: "employment", age: 66 },
  new_middle_age_career: { basis: "employment", age: 55 },
  seoul_new_deal: { basis: "employment", age: 40 },
  regional_youth: { basis: "employment", age: 30 },
  self_sufficiency: { basis: "per_guideline", age: 40 },
  social_service: { basis: "employment", age: 40 },
  k_flex: { basis: "employment", age: 40 },
};

it("has a row for every program code", () => {
  expect(Object.keys(PROGRAMS).sort()).toEqual([...PROGRAM_CODES].sort());
});

describe.each(RULE_YEARS)("rules of %i", (year) => {
  const wage = WAGE[year]!;

  describe.each(PROGRAM_CODES)("%s at 14.5, 15 and 15.5 h a week", (program) => {
    const { basis, age } = PROGRAMS[program];
    it.each([14.5, 15, 15.5])("%s h", (hoursPerWeek) => {
      const pay = programWeeklyPay(rules(program, year), { age, hoursPerWeek });
      expect(pay.basis).toBe(basis);
      if (basis !== "employment") {
        // Not an employee (공익활동) or set by the guideline (자활): never a computed guess.
        expect(pay.weeklyHoliday).toBeNull();
        expect(pay.hourlyWage).toBeNull();
        return;
      }
      expect(pay.hourlyWage).toBe(wage);
      expect(pay.belowMinimumWage).toBe(false);
      expect(pay.weeklyHoliday?.applies).toBe(hoursPerWeek >= 15);
      expect(pay.weeklyHoliday?.amountWon).toBe(
        hoursPerWeek < 15 ? 0 : Math.floor((hoursPerWeek / 40) * 8 * wage + 1e-6),
      );
    });
  });

  // The caps: [program, age, hours given, unit, within the rules?, 주휴 owed?]
  it.each([
    ["public_works", 69, 30, "week", true, true],
    ["public_works", 69, 30.5, "week", false, true],
    // From 70, at most 15 h: exactly 15 h still earns the rest day (RULES.md §10, 고창 2026).
    ["public_works", 70, 15, "week", true, true],
    ["public_works", 70, 15.5, "week", false, true],
    ["public_works", 70, 14.5, "week", true, false],
    ["seoul_companion", 40, 30, "week", true, true],
    ["seoul_companion", 40, 30.5, "week", false, true],
    ["community_jobs", 40, 30, "week", true, true],
    ["community_jobs", 40, 30.5, "week", false, true],
    ["new_middle_age_career", 55, 35, "week", true, true],
    ["new_middle_age_career", 55, 35.5, "week", false, true],
    ["k_flex", 40, 30, "week", true, true],
    ["k_flex", 40, 30.5, "week", false, true],
    // 공익활동: at least 30 h a month, an allowance (no 주휴 either way).
    ["senior_public_interest", 70, 30, "month", true, null],
    ["senior_public_interest", 70, 29.5, "month", false, null],
    // 사회서비스형: 60 h a month is 13.8 h a week, under the 15 h line, so no 주휴 within the cap.
    ["senior_social_service", 66, 60, "month", true, false],
    ["senior_social_service", 66, 60.5, "month", false, false],
    ["senior_social_service", 66, 15, "week", false, true],
    // No hour band in the rules: nothing to exceed.
    ["senior_market", 66, 40, "week", true, true],
    ["senior_placement", 66, 40, "week", true, true],
    ["seoul_new_deal", 40, 40, "week", true, true],
    ["regional_youth", 30, 40, "week", true, true],
    ["self_sufficiency", 40, 40, "week", true, null],
    ["social_service", 40, 40, "week", true, true],
  ] as const)(
    "%s, age %i, %s h a %s: within the rules %s, 주휴 %s",
    (program, age, hours, unit, within, owed) => {
      const pay = programWeeklyPay(
        rules(program, year),
        unit === "week" ? { age, hoursPerWeek: hours } : { age, hoursPerMonth: hours },
      );
      expect(pay.hours.withinRules, pay.hours.messageEn).toBe(within);
      expect(pay.weeklyHoliday?.applies ?? null).toBe(owed);
      if (!within) expect(pay.hours.messageKo).toMatch(/넘습니다|못 미칩니다/);
    },
  );

  it("names a wage below the year's minimum", () => {
    const pay = programWeeklyPay(rules("public_works", year), {
      age: 40,
      hoursPerWeek: 20,
      hourlyWage: wage - 1,
    });
    expect(pay.belowMinimumWage).toBe(true);
    expect(pay.messageKo).toContain(`${year}년 최저임금`);
  });
});
