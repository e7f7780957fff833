import { describe, expect, it } from "vitest";
import { evaluate, medianIncomeTables } from "../eligibility-test-context.ts";
import { incomeLimitWon, medianIncomeFor } from "./median-income.ts";

const reason = (r: ReturnType<typeof evaluate>, rule: string) => r.reasons.find((x) => x.rule === rule);
/** Born on 1 March `years` before 2026-03-02, so the person turned `years` the day before. */
const aged = (years: number) => `${2026 - years}-03-01`;
const SUWON = "41111";
const GWANAK = "11620";

describe("age boundaries (만 나이 on the evaluation date)", () => {
  it.each([
    ["senior_public_interest", 64, "ineligible"],
    ["senior_public_interest", 65, "eligible"],
    ["senior_social_service", 59, "ineligible"],
    ["senior_social_service", 60, "eligible"],
    ["new_middle_age_career", 49, "ineligible"],
    ["new_middle_age_career", 50, "eligible"],
    ["new_middle_age_career", 64, "eligible"],
    ["new_middle_age_career", 65, "ineligible"],
    ["public_works", 17, "ineligible"],
  ] as const)("%s at %i is %s (other facts favourable)", (program, age, status) => {
    const r = evaluate(program, {
      birthDate: aged(age),
      regionCode: SUWON,
      receivesBasicPension: true,
      livelihoodBenefit: false,
      employeeHealthInsurance: false,
      longTermCareGrade: false,
      employed: false,
      experienceYears: { care: 5 },
      certificates: [],
      householdSize: 1,
      householdIncomeMonthly: 0,
      propertyValue: 0,
      participations: [],
    });
    if (program === "public_works" && status === "ineligible")
      expect(reason(r, "age")?.outcome).toBe("failed");
    expect(r.status).toBe(status);
  });

  it("counts the birthday itself: 65 on the day, 64 the day before", () => {
    const base = {
      regionCode: SUWON,
      receivesBasicPension: true,
      livelihoodBenefit: false,
      employeeHealthInsurance: false,
      longTermCareGrade: 0,
    };
    expect(evaluate("senior_public_interest", { ...base, birthDate: "1961-03-02" }).status).toBe("eligible");
    expect(evaluate("senior_public_interest", { ...base, birthDate: "1961-03-03" }).status).toBe(
      "ineligible",
    );
  });
});

describe("income at 70% of 기준중위소득, for household sizes 1–7", () => {
  it.each([1, 2, 3, 4, 5, 6, 7])("size %i: exactly at the limit passes, one won above fails", (size) => {
    const median = medianIncomeFor(medianIncomeTables, 2026, size)!;
    const limit = incomeLimitWon(median.monthlyWon, 70, "floor");
    const profile = {
      birthDate: aged(40),
      regionCode: SUWON,
      householdSize: size,
      propertyValue: 0,
      participations: [],
    };
    expect(evaluate("public_works", { ...profile, householdIncomeMonthly: limit }).status).toBe("eligible");
    const above = evaluate("public_works", { ...profile, householdIncomeMonthly: limit + 1 });
    expect(above.status).toBe("ineligible");
    expect(reason(above, "income")).toMatchObject({ outcome: "failed" });
    expect(reason(above, "income")?.messageKo).toContain("기준중위소득 70%를 초과합니다");
    // Size 7 extrapolates beyond the 고시 table: used, but flagged for review.
    expect(reason(above, "income")?.needsReview ?? false).toBe(size === 7);
  });

  it("matches the 고창군 2026 notice: 70% of the 4인 median is 4,546,316원", () => {
    const median = medianIncomeFor(medianIncomeTables, 2026, 4)!;
    expect(incomeLimitWon(median.monthlyWon, 70, "floor")).toBe(4_546_316);
    expect(incomeLimitWon(medianIncomeFor(medianIncomeTables, 2026, 1)!.monthlyWon, 85, "floor")).toBe(
      2_179_602,
    );
  });

  it("gives the 40-year-old at 90% of the median the income reason with the share", () => {
    const median = medianIncomeFor(medianIncomeTables, 2026, 3)!.monthlyWon;
    const r = evaluate("public_works", {
      birthDate: aged(40),
      regionCode: SUWON,
      householdSize: 3,
      householdIncomeMonthly: Math.round(median * 0.9),
    });
    expect(r.status).toBe("ineligible");
    expect(reason(r, "income")?.messageKo).toMatch(/가구소득이 기준중위소득 70%를 초과합니다 \(90%/);
    expect(r.score).toBeUndefined();
  });
});

describe("missing facts give needs_document with the fact named, never a guess", () => {
  it("names household size and income for 공공근로", () => {
    const r = evaluate("public_works", { birthDate: aged(40), regionCode: SUWON });
    expect(r.status).toBe("needs_document");
    expect(r.missing).toEqual(
      expect.arrayContaining(["householdSize", "householdIncomeMonthly", "propertyValue"]),
    );
    expect(reason(r, "income")).toMatchObject({
      outcome: "unknown",
      missing: ["householdSize", "householdIncomeMonthly"],
    });
  });

  it("names the basic pension for 노인 공익활동", () => {
    const r = evaluate("senior_public_interest", { birthDate: aged(66), regionCode: SUWON });
    expect(r.status).toBe("needs_document");
    expect(r.missing).toEqual(["receivesBasicPension"]);
  });

  it("a failed rule outweighs missing facts", () => {
    const r = evaluate("public_works", { birthDate: aged(16), regionCode: SUWON });
    expect(r.status).toBe("ineligible");
  });
});

describe("노인 공익활동 for a 66-year-old on the basic pension", () => {
  it("is eligible; undeclared exclusions are marked to confirm, not failed", () => {
    const r = evaluate("senior_public_interest", {
      birthDate: aged(66),
      regionCode: SUWON,
      receivesBasicPension: true,
    });
    expect(r.status).toBe("eligible");
    expect(reason(r, "exclusion.livelihoodBenefit")).toMatchObject({ outcome: "passed", toConfirm: true });
  });

  it.each(["livelihoodBenefit", "employeeHealthInsurance"] as const)("is ineligible with %s", (fact) => {
    const r = evaluate("senior_public_interest", {
      birthDate: aged(66),
      regionCode: SUWON,
      receivesBasicPension: true,
      [fact]: true,
    });
    expect(r.status).toBe("ineligible");
    expect(reason(r, `exclusion.${fact}`)?.outcome).toBe("failed");
  });

  it("is ineligible with a long-term-care grade, but 취업알선형 is not affected", () => {
    const profile = {
      birthDate: aged(66),
      regionCode: SUWON,
      receivesBasicPension: true,
      longTermCareGrade: 3,
    };
    expect(evaluate("senior_public_interest", profile).status).toBe("ineligible");
    expect(evaluate("senior_placement", profile).status).toBe("eligible");
  });
});

describe("regions", () => {
  it("Seoul-only programs refuse other regions with the place named", () => {
    const r = evaluate("seoul_companion", { birthDate: aged(40), regionCode: SUWON });
    expect(reason(r, "residence")).toMatchObject({
      outcome: "failed",
      messageKo: "서울특별시 주민만 참여할 수 있습니다",
    });
  });

  it("Seoul runs public works as 동행일자리, at 85% of the median in 2026 (80% in 2025)", () => {
    expect(
      reason(evaluate("public_works", { birthDate: aged(40), regionCode: GWANAK }), "residence")?.outcome,
    ).toBe("failed");
    const median = medianIncomeFor(medianIncomeTables, 2026, 1)!.monthlyWon;
    const at82 = {
      birthDate: aged(40),
      regionCode: GWANAK,
      householdSize: 1,
      householdIncomeMonthly: Math.floor(median * 0.82),
      propertyValue: 0,
      participations: [],
    };
    expect(evaluate("seoul_companion", at82).status).toBe("eligible");
    expect(evaluate("seoul_companion", at82, "2025-03-04").status).toBe("ineligible");
    expect(evaluate("seoul_companion", at82).needsReview).toContain("income");
  });
});

describe("hours by age (공공근로: ≤ 30 h a week under 70, ≤ 15 h from 70)", () => {
  it.each([
    [69, "주 최대 30시간"],
    [70, "주 최대 15시간"],
  ] as const)("at %i: %s", (age, text) => {
    expect(
      reason(evaluate("public_works", { birthDate: aged(age), regionCode: SUWON }), "hours")?.messageKo,
    ).toContain(text);
  });
});

describe("cross-program rules", () => {
  const base = {
    birthDate: aged(45),
    regionCode: SUWON,
    householdSize: 2,
    householdIncomeMonthly: 1_000_000,
    propertyValue: 50_000_000,
  };

  it("blocks an overlapping direct job and names it", () => {
    const r = evaluate("public_works", {
      ...base,
      participations: [{ program: "community_jobs", start: "2026-02-02", end: "2026-06-30" }],
    });
    expect(r.status).toBe("ineligible");
    expect(reason(r, "overlap")?.messageKo).toContain("community_jobs 2026-02-02~2026-06-30");
  });

  it("ignores a participation that ended the day before, and the platform's own K-공공일자리", () => {
    expect(
      evaluate("public_works", {
        ...base,
        participations: [{ program: "community_jobs", start: "2025-07-01", end: "2026-03-01" }],
      }).status,
    ).toBe("eligible");
    expect(
      evaluate("public_works", { ...base, participations: [{ program: "k_flex", start: "2026-01-01" }] })
        .status,
    ).toBe("eligible");
  });

  it("bars someone who took part in more than 2 of the last 3 years, and lowers the score after 1 of 2", () => {
    const years = (ys: number[]) =>
      ys.map((y) => ({ program: "public_works" as const, start: `${y}-02-01`, end: `${y}-06-30` }));
    const barred = evaluate("public_works", { ...base, participations: years([2023, 2024, 2025]) });
    expect(barred.status).toBe("ineligible");
    expect(reason(barred, "repeat_limit")?.messageKo).toContain("3년(2023, 2024, 2025)");
    const twice = evaluate("public_works", { ...base, participations: years([2024, 2025]) });
    expect(twice.status).toBe("eligible");
    const never = evaluate("public_works", { ...base, participations: [] });
    expect(twice.score!.total).toBe(never.score!.total - 20);
  });
});

describe("priority score", () => {
  it("explains every component and adds them up", () => {
    const r = evaluate("public_works", {
      birthDate: aged(45),
      regionCode: SUWON,
      householdSize: 3,
      householdIncomeMonthly: 1_000_000,
      propertyValue: 30_000_000,
      groups: ["disabled"],
      participations: [],
    });
    expect(r.score!.components.map((c) => [c.kind, c.points])).toEqual([
      ["income", 30],
      ["property", 20],
      ["dependants", 10],
      ["groups", 15],
      ["previous_participation", 0],
    ]);
    expect(r.score!.total).toBe(75);
    expect(r.score!.needsReview).toBe(true);
  });
});

describe("자활근로 and 신중년", () => {
  it("자활: livelihood benefit or income at most 50% of the median", () => {
    const median = medianIncomeFor(medianIncomeTables, 2026, 2)!.monthlyWon;
    const p = { birthDate: aged(40), regionCode: SUWON, householdSize: 2 };
    expect(evaluate("self_sufficiency", { ...p, livelihoodBenefit: true }).status).toBe("eligible");
    expect(
      evaluate("self_sufficiency", {
        ...p,
        livelihoodBenefit: false,
        householdIncomeMonthly: Math.floor(median * 0.5),
      }).status,
    ).toBe("eligible");
    expect(
      evaluate("self_sufficiency", {
        ...p,
        livelihoodBenefit: false,
        householdIncomeMonthly: Math.floor(median * 0.5) + 1,
      }).status,
    ).toBe("ineligible");
  });

  it("신중년: 3 years in the field or a certificate, and not employed", () => {
    const p = { birthDate: aged(55), regionCode: SUWON, employed: false, participations: [] };
    expect(
      evaluate("new_middle_age_career", { ...p, experienceYears: { care: 2 }, certificates: [] }).status,
    ).toBe("ineligible");
    expect(evaluate("new_middle_age_career", { ...p, experienceYears: { care: 3 } }).status).toBe("eligible");
    expect(
      evaluate("new_middle_age_career", { ...p, experienceYears: {}, certificates: ["요양보호사"] }).status,
    ).toBe("eligible");
    expect(
      evaluate("new_middle_age_career", { ...p, employed: true, experienceYears: { care: 9 } }).status,
    ).toBe("ineligible");
  });
});
