import { describe, expect, it } from "vitest";
import { WEEKS_PER_MONTH } from "../../contracts/domain/weekly-holiday-pay.ts";
import { designJobs, gapsByCategory, suggestionForOccupation } from "./design-jobs.ts";
import {
  demand,
  designInput,
  evenFigures,
  occupation,
  profileOf,
  programsOf,
  regionWithMoreAt,
  terms,
} from "./job-design.fixtures.ts";

const seniorCare = occupation({
  code: "senior_check",
  category: "care",
  demandDrivers: [{ driver: "seniors_living_alone", weight: 1 }],
});
const childCare = occupation({
  code: "child_care",
  category: "care",
  demandDrivers: [{ driver: "young_children", weight: 1 }],
});
const youthMentor = occupation({
  code: "youth_mentor",
  category: "education",
  demandDrivers: [{ driver: "teenagers", weight: 1 }],
});
const adultTutor = occupation({
  code: "adult_tutor",
  category: "education",
  demandDrivers: [{ driver: "seniors_75plus", weight: 1 }],
});
const neutralAdmin = occupation({ code: "admin_help", category: "admin_support" });
const catalogue = [seniorCare, childCare, youthMentor, adultTutor, neutralAdmin];

describe("the gap per category", () => {
  it("is demand minus covered hours, never negative, with the interval's ends", () => {
    const gaps = gapsByCategory(
      demand({ care: { demand: 1000, covered: 400 }, safety: { demand: 100, covered: 300 } }),
    );
    expect(gaps).toHaveLength(9);
    expect(gaps.find((g) => g.category === "care")).toMatchObject({
      gapHours: 600,
      gapLo80: 400,
      gapHi80: 800,
    });
    expect(gaps.find((g) => g.category === "safety")).toMatchObject({ gapHours: 0, gapLo80: 0, gapHi80: 0 });
    expect(gaps.find((g) => g.category === "culture")?.gapHours).toBe(0);
  });
});

describe("ranking occupations for a region", () => {
  it("puts senior-care roles first where many seniors live alone", () => {
    const alone = evenFigures({
      singlePersonHouseholdsByAge: evenFigures().singlePersonHouseholdsByAge!.map((n, age) =>
        age >= 65 ? n * 3 : n,
      ),
    });
    const result = designJobs(designInput({ catalogue, profile: profileOf(alone) }));
    expect(result.suggestions[0]!.occupation.code).toBe("senior_check");
    // Within care, the profile also decides who takes the larger share of the gap.
    const care = result.suggestions.filter((s) => s.occupation.category === "care");
    expect(care[0]!.assignedGapHours).toBeGreaterThan(care[1]!.assignedGapHours);
  });

  it("puts youth mentors first where teenagers are many", () => {
    const result = designJobs(designInput({ catalogue, profile: profileOf(regionWithMoreAt(13, 18, 2.5)) }));
    expect(result.suggestions[0]!.occupation.code).toBe("youth_mentor");
    const codes = result.suggestions.map((s) => s.occupation.code);
    expect(codes.indexOf("youth_mentor")).toBeLessThan(codes.indexOf("adult_tutor"));
  });

  it("lets a large gap outrank a favourable profile", () => {
    const older = profileOf(regionWithMoreAt(75, 99, 2));
    const result = designJobs(
      designInput({
        catalogue,
        profile: older,
        demand: demand({ admin_support: { demand: 5000 }, education: { demand: 500 } }),
      }),
    );
    expect(result.suggestions[0]!.occupation.code).toBe("admin_help");
  });

  it("suggests fewer people when less of the demand is unmet, and none when all is covered", () => {
    const people = (covered: number) =>
      designJobs(
        designInput({ catalogue, demand: demand({}, { demand: 1000, covered }) }),
      ).suggestions.reduce((sum, s) => sum + s.positions, 0);
    const wide = people(0);
    const narrow = people(600);
    expect(wide).toBeGreaterThan(narrow);
    expect(narrow).toBeGreaterThan(0);
    expect(people(1000)).toBe(0);
    expect(people(5000)).toBe(0);
  });

  it("sizes positions from the share of the gap and the hours a week", () => {
    const month20 = 20 * WEEKS_PER_MONTH;
    const result = designJobs(
      designInput({ catalogue: [neutralAdmin], demand: demand({ admin_support: { demand: 6 * month20 } }) }),
    );
    expect(result.suggestions).toHaveLength(1);
    expect(result.suggestions[0]).toMatchObject({ positions: 6, hoursPerWeek: 20, months: 10 });
  });

  it("leaves out a gap too small for half a post", () => {
    const result = designJobs(
      designInput({ catalogue: [neutralAdmin], demand: demand({ admin_support: { demand: 30 } }) }),
    );
    expect(result.suggestions).toEqual([]);
  });

  it("shares a small gap with one occupation and a large one with up to four", () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      occupation({ code: `care_role_${i}`, category: "care" }),
    );
    const small = designJobs(designInput({ catalogue: many, demand: demand({ care: { demand: 150 } }) }));
    expect(small.suggestions).toHaveLength(1);
    const large = designJobs(designInput({ catalogue: many, demand: demand({ care: { demand: 5000 } }) }));
    expect(large.suggestions).toHaveLength(4);
    const shared = large.suggestions.reduce((sum, s) => sum + s.assignedGapHours, 0);
    expect(shared).toBeCloseTo(5000, 6);
  });

  it("keeps a niche role to its post cap and passes the rest of the gap to the next roles", () => {
    const niche = occupation({
      code: "niche_role",
      category: "care",
      maxPositionsPer100k: 2,
      demandDrivers: [{ driver: "young_adults", weight: 1 }],
    });
    const broad = [0, 1, 2, 3].map((i) => occupation({ code: `broad_${i}`, category: "care" }));
    const input = designInput({
      catalogue: [niche, ...broad],
      population: 150_000,
      profile: profileOf(regionWithMoreAt(19, 34, 2)),
      demand: demand({ care: { demand: 4000 } }),
    });
    const care = designJobs(input).suggestions;
    const capped = care.find((s) => s.occupation.code === "niche_role")!;
    expect(capped.positions).toBe(3); // 1.5 × 2 per 100,000 → 3 posts
    // Four broad roles share what it cannot take, and each covers more of the gap than it does,
    // so they rank above it despite its better fit.
    expect(care.filter((s) => s.occupation.code.startsWith("broad_"))).toHaveLength(4);
    expect(care.at(-1)!.occupation.code).toBe("niche_role");
    expect(care.reduce((sum, s) => sum + s.assignedGapHours, 0)).toBeCloseTo(4000, 6);

    // Every role capped and none left: the rest of the gap stays unassigned, and a cap is at least one post.
    const alone = designJobs(
      designInput({ catalogue: [niche], population: 10_000, demand: demand({ care: { demand: 4000 } }) }),
    ).suggestions;
    expect(alone).toHaveLength(1);
    expect(alone[0]!.positions).toBe(1);
  });

  it("funds a role by its first program that runs in the region and keeps to that program's hours", () => {
    const role = occupation({
      code: "clean_up",
      category: "environment",
      programs: ["public_works", "seoul_companion"],
    });
    const programs = programsOf(
      terms("public_works", { available: false }),
      terms("seoul_companion", {
        funding: { national: 0, metropolitan: 0.7, district: 0.3, confidence: "unconfirmed", source: "t" },
      }),
    );
    const [s] = designJobs(
      designInput({ catalogue: [role], programs, demand: demand({ environment: { demand: 2000 } }) }),
    ).suggestions;
    expect(s!.program.program).toBe("seoul_companion");
    expect(s!.budget.national).toBe(0);
    expect(s!.budget.metropolitan + s!.budget.district).toBe(s!.budget.total);

    const capped = designJobs(
      designInput({
        catalogue: [
          occupation({ code: "care_senior", category: "care", programs: ["senior_social_service"] }),
        ],
        programs: programsOf(terms("senior_social_service", { maxHoursPerWeek: 60 / WEEKS_PER_MONTH })),
        demand: demand({ care: { demand: 2000 } }),
      }),
    ).suggestions[0]!;
    expect(capped.hoursPerWeek).toBe(13.5);
    expect(capped.pay.weeklyHolidayPay).toBe(0);
  });

  it("leaves out an occupation none of whose programs runs there", () => {
    const seoulOnly = occupation({ code: "seoul_role", category: "care", programs: ["seoul_new_deal"] });
    const result = designJobs(
      designInput({
        catalogue: [seoulOnly],
        programs: programsOf(terms("seoul_new_deal", { available: false })),
      }),
    );
    expect(result.suggestions).toEqual([]);
    expect(result.withoutProgram).toEqual(["seoul_role"]);
  });

  it("pays at least the minimum wage, plus 주휴수당 at 15 h or more", () => {
    const input = designInput({
      catalogue: [neutralAdmin],
      demand: demand({ admin_support: { demand: 2000 } }),
      options: { hourlyWage: 9_000 },
    });
    const [s] = designJobs(input).suggestions;
    expect(s!.pay.hourlyWage).toBe(10_320);
    expect(s!.pay.weeklyHolidayPay).toBe(41_280);
    expect(s!.budget.total).toBe(s!.positions * s!.months * s!.pay.perPerson);
  });

  it("explains each suggestion in Korean and English with the driver, the gap and the team", () => {
    const alone = evenFigures({
      singlePersonHouseholdsByAge: evenFigures().singlePersonHouseholdsByAge!.map((n, age) =>
        age >= 65 ? n * 1.4 : n,
      ),
    });
    const [s] = designJobs(
      designInput({
        catalogue: [seniorCare],
        profile: profileOf(alone),
        demand: demand({ care: { demand: 1400, covered: 200 } }),
      }),
    ).suggestions;
    expect(s!.summaryKo).toBe(
      `인구 대비 65세 이상 1인 가구 비율이 전국 평균의 1.4배 · 돌봄 수요 예측 대비 공백 월 1,200시간 · ${s!.positions}명 × 10개월`,
    );
    expect(s!.summaryEn).toContain("1.4× the national average");
    expect(s!.summaryEn).toContain("care gap 1,200 h a month");
    expect(s!.reasons.map((r) => r.kind)).toEqual(["profile", "gap", "size", "program", "caveat"]);
    expect(s!.reasons[3]!.ko).toBe("k_flex: 국비 50% · 시도비 25% · 시군구비 25%");
  });

  it("says when no regional figure drives a role", () => {
    const [s] = designJobs(designInput({ catalogue: [neutralAdmin] })).suggestions;
    expect(s!.reasons[0]!.ko).toContain("수요 공백만으로 제안");
    expect(s!.summaryKo.startsWith("행정 지원 수요 예측 대비 공백")).toBe(true);
  });
});

describe("the suggestion for one occupation (for drafts)", () => {
  it("returns the ranked suggestion, or sizes the occupation for a given team", () => {
    const input = designInput({ catalogue, demand: demand({ care: { demand: 1000 } }) });
    const ranked = suggestionForOccupation(input, "senior_check");
    expect(ranked.reason).toBeNull();
    expect(ranked.suggestion!.positions).toBeGreaterThan(0);

    expect(suggestionForOccupation(input, "youth_mentor")).toEqual({
      suggestion: null,
      reason: "not_suggested",
    });
    const given = suggestionForOccupation(input, "youth_mentor", { positions: 3 });
    expect(given.suggestion).toMatchObject({ positions: 3, assignedGapHours: 0 });
    expect(given.suggestion!.reasons.find((r) => r.kind === "size")!.ko).toContain("인원은 담당자가 지정");

    expect(suggestionForOccupation(input, "no_such_role").reason).toBe("unknown_occupation");
    const noProgram = designInput({ catalogue, programs: programsOf(terms("k_flex", { available: false })) });
    expect(suggestionForOccupation(noProgram, "senior_check").reason).toBe("no_program");
  });
});
