import { describe, expect, it } from "vitest";
import { evaluate, medianIncomeTables } from "../eligibility-test-context.ts";
import { loadRulesData, RULE_YEARS } from "../rules-data.ts";
import type { EligibilityProfile } from "./eligibility-profile.ts";
import { incomeLimitWon, medianIncomeFor } from "./median-income.ts";
import { PROGRAM_CODES, type ProgramCode } from "./program-catalogue.ts";

/**
 * Every program, every rule year, on the shipped rules: the age bounds (and 64/65 for all, the
 * senior line) and the income limits for household sizes 1–7 at exactly the limit and one won
 * above. The expected bounds and percentages are written out here (RULES.md), so that a change
 * in the data is seen; the engine is what turns them into verdicts.
 */
const data = loadRulesData();
const SUWON = "41111";
const GWANAK = "11620";

/** [min, max] 만 나이 per program and year (RULES.md §3–9). */
const AGE_BOUNDS: Record<number, Record<ProgramCode, readonly [number, number | null]>> = {
  2025: {
    public_works: [18, null],
    seoul_companion: [18, null],
    community_jobs: [18, null],
    senior_public_interest: [65, null],
    senior_social_service: [65, null],
    senior_market: [60, null],
    senior_placement: [60, null],
    new_middle_age_career: [50, 64],
    seoul_new_deal: [18, null],
    regional_youth: [18, 39],
    self_sufficiency: [18, null],
    social_service: [18, null],
    k_flex: [15, null],
  },
  2026: {
    public_works: [18, null],
    seoul_companion: [18, null],
    community_jobs: [18, null],
    senior_public_interest: [65, null],
    senior_social_service: [60, null],
    senior_market: [60, null],
    senior_placement: [60, null],
    new_middle_age_career: [50, 64],
    seoul_new_deal: [18, null],
    regional_youth: [18, 39],
    self_sufficiency: [18, null],
    social_service: [18, null],
    k_flex: [15, null],
  },
};

/** Income limits as % of 기준중위소득: the eligibility rule, or 자활's 차상위 need basis. */
const INCOME_LIMITS: Record<number, Partial<Record<ProgramCode, { rule: string; percent: number }>>> = {
  2025: {
    public_works: { rule: "income", percent: 70 },
    seoul_companion: { rule: "income", percent: 80 },
    community_jobs: { rule: "income", percent: 70 },
    self_sufficiency: { rule: "need_basis", percent: 50 },
  },
  2026: {
    public_works: { rule: "income", percent: 70 },
    seoul_companion: { rule: "income", percent: 85 },
    community_jobs: { rule: "income", percent: 70 },
    self_sufficiency: { rule: "need_basis", percent: 50 },
  },
};

const national = (program: ProgramCode, year: number) =>
  data.ruleSets.find((s) => s.program === program && s.year === year)!;
/** Where the program runs: Seoul's own programs in 관악구, the rest in 수원 (공공근로 is not run as such in Seoul). */
const regionFor = (program: ProgramCode, year: number) =>
  national(program, year).rules.availability?.onlyIn?.includes("11") ? GWANAK : SUWON;
const reason = (r: ReturnType<typeof evaluate>, rule: string) => r.reasons.find((x) => x.rule === rule);

describe.each(RULE_YEARS)("rules of %i", (year) => {
  const date = `${year}-03-02`;
  /** Turned `years` the day before the evaluation date. */
  const aged = (years: number) => `${year - years}-03-01`;

  it("the data has the bounds and limits this test expects", () => {
    for (const program of PROGRAM_CODES) {
      const age = national(program, year).rules.age;
      expect([age?.min ?? 0, age?.max ?? null], program).toEqual(AGE_BOUNDS[year]![program]);
      const income = national(program, year).rules;
      const percent =
        income.income?.maxPercentOfMedian ?? income.needBasis?.livelihoodBenefitOrIncomeAtMostPercent;
      expect(percent, program).toBe(INCOME_LIMITS[year]![program]?.percent);
    }
  });

  describe.each(PROGRAM_CODES)("%s: age", (program) => {
    const [min, max] = AGE_BOUNDS[year]![program];
    const ages = [...new Set([min - 1, min, 64, 65, ...(max === null ? [] : [max, max + 1])])].sort(
      (a, b) => a - b,
    );
    it.each(ages)("at %i", (age) => {
      const r = evaluate(program, { birthDate: aged(age), regionCode: regionFor(program, year) }, date);
      const inside = age >= min && (max === null || age <= max);
      expect(reason(r, "age")?.outcome, reason(r, "age")?.messageEn).toBe(inside ? "passed" : "failed");
      if (!inside) expect(r.status).toBe("ineligible");
    });
  });

  const withIncome = PROGRAM_CODES.filter((p) => INCOME_LIMITS[year]![p]);
  describe.each(withIncome)("%s: household income", (program) => {
    const { rule, percent } = INCOME_LIMITS[year]![program]!;
    const rounding = national(program, year).rules.income?.rounding ?? "floor";
    it.each([1, 2, 3, 4, 5, 6, 7])(`size %i: exactly ${percent}%% passes, one won above fails`, (size) => {
      const median = medianIncomeFor(medianIncomeTables, year, size)!;
      const limit = incomeLimitWon(median.monthlyWon, percent, rounding);
      const profile = {
        birthDate: aged(40),
        regionCode: regionFor(program, year),
        householdSize: size,
        livelihoodBenefit: false,
      };
      const at = evaluate(program, { ...profile, householdIncomeMonthly: limit }, date);
      expect(reason(at, rule)?.outcome, reason(at, rule)?.messageEn).toBe("passed");
      const above = evaluate(program, { ...profile, householdIncomeMonthly: limit + 1 }, date);
      expect(reason(above, rule)?.outcome, reason(above, rule)?.messageEn).toBe("failed");
      expect(above.status).toBe("ineligible");
    });
  });
});

describe("신중년 경력형: experience or a certificate, named as the self-check sends them", () => {
  const base = { birthDate: "1970-03-01", regionCode: SUWON, employed: false };
  const cases: [Partial<EligibilityProfile>, string, string][] = [
    [{ experienceYears: { care: 2.5 }, certificates: [] }, "ineligible", "경력이 3년 미만"],
    [{ experienceYears: { care: 3 }, certificates: [] }, "eligible", "경력 3년으로"],
    [{ experienceYears: {}, certificates: ["care_worker"] }, "eligible", "관련 자격(요양보호사)"],
    [{ experienceYears: {}, certificates: ["other"] }, "eligible", "관련 자격(기타 자격)"],
    [{ certificates: [] }, "needs_document", "확인해야 합니다"],
  ];
  it.each(cases)("%j → %s", (facts, status, message) => {
    const r = evaluate("new_middle_age_career", { ...base, ...facts });
    expect(r.status).toBe(status);
    expect(reason(r, "experience")?.messageKo).toContain(message);
  });
});
