import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { auditLog } from "../audit/audit.table.ts";
import { PROGRAM_CODES } from "./domain/program-catalogue.ts";
import { programRuleSets } from "./program-rule.table.ts";

type Result = {
  program: string;
  status: string;
  reasons: { rule: string; passed: boolean; messageKo: string; messageEn: string }[];
};
const find = (body: { results: Result[] }, code: string) => body.results.find((r) => r.program === code)!;

describe.each(await testDatabaseKinds())("POST /api/eligibility on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  it("reports 노인 공익활동 eligible for a 66-year-old on the basic pension, with reasons for every other program", async () => {
    const res = await t.request("POST", "/api/eligibility", {
      birthDate: "1960-01-15",
      regionCode: "41111",
      receivesBasicPension: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.date).toBe("2026-03-02");
    expect(res.body.results.map((r: Result) => r.program).sort()).toEqual([...PROGRAM_CODES].sort());
    expect(find(res.body, "senior_public_interest")).toMatchObject({
      status: "eligible",
      nameKo: "노인일자리 공익활동형",
    });
    for (const r of res.body.results as Result[]) {
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const reason of r.reasons)
        expect(reason.messageKo.length * reason.messageEn.length).toBeGreaterThan(0);
      if (r.status === "ineligible") expect(r.reasons.some((x) => !x.passed)).toBe(true);
    }
    // Sorted by fit: eligible programs before the rest.
    const order = res.body.results.map((r: Result) => r.status);
    expect(order.indexOf("eligible")).toBe(0);
    expect(order.lastIndexOf("eligible")).toBeLessThan(order.indexOf("ineligible"));
  });

  it("finds a 40-year-old at 90% of the median ineligible for 공공근로 with the income reason", async () => {
    // 2026 3인 median 5,359,036원; 90% = 4,823,132원.
    const res = await t.request("POST", "/api/eligibility", {
      birthDate: "1985-06-01",
      regionCode: "41111",
      householdSize: 3,
      householdIncomeMonthly: 4_823_132,
      propertyValue: 100_000_000,
    });
    const publicWorks = find(res.body, "public_works");
    expect(publicWorks.status).toBe("ineligible");
    expect(publicWorks.reasons.find((r) => r.rule === "income")).toMatchObject({
      passed: false,
      messageKo: expect.stringContaining("가구소득이 기준중위소득 70%를 초과합니다 (90%"),
    });
  });

  it("blocks a person placed in another program over the same dates, naming the overlap", async () => {
    const res = await t.request("POST", "/api/eligibility", {
      birthDate: "1975-06-01",
      regionCode: "41111",
      householdSize: 2,
      householdIncomeMonthly: 1_500_000,
      propertyValue: 50_000_000,
      participations: [{ program: "community_jobs", start: "2026-02-02", end: "2026-06-30" }],
    });
    const overlap = find(res.body, "public_works").reasons.find((r) => r.rule === "overlap")!;
    expect(find(res.body, "public_works").status).toBe("ineligible");
    expect(overlap.messageKo).toContain("지역공동체일자리 2026-02-02~2026-06-30");
  });

  it("uses the evaluation date given, and names missing facts", async () => {
    const res = await t.request("POST", "/api/eligibility", {
      birthDate: "1985-06-01",
      regionCode: "11620",
      date: "2025-07-01",
    });
    expect(res.body).toMatchObject({ date: "2025-07-01", rulesYear: 2025 });
    expect(find(res.body, "seoul_companion")).toMatchObject({
      status: "needs_document",
      missing: expect.arrayContaining(["householdIncomeMonthly"]),
    });
  });

  it.each([
    [{ regionCode: "41111" }, "birthDate", "required"],
    [{ birthDate: "1985-02-30", regionCode: "41111" }, "birthDate", undefined],
    [{ birthDate: "1985-06-01", regionCode: "4111" }, "regionCode", undefined],
    [{ birthDate: "1985-06-01", regionCode: "41111", householdSize: 0 }, "householdSize", undefined],
    [{ birthDate: "1985-06-01", regionCode: "41111", groups: ["wizard"] }, "groups.0", undefined],
    [
      { birthDate: "1985-06-01", regionCode: "41111", residentNumber: "850601-1234567" },
      "residentNumber",
      "unknown_field",
    ],
    [
      {
        birthDate: "1985-06-01",
        regionCode: "41111",
        participations: [{ program: "public_works", start: "2026-05-01", end: "2026-04-01" }],
      },
      "participations.0.end",
      undefined,
    ],
  ])("rejects %j with a 400 on %s", async (body, field, reason) => {
    const res = await t.request("POST", "/api/eligibility", body);
    expect(res.status).toBe(400);
    const error = res.body.error.fields.find((f: { field: string }) => f.field === field);
    expect(error).toBeDefined();
    if (reason) expect(error.reason).toBe(reason);
  });

  it("answers 422 for a well-formed but unknown region, and for a date before any rules", async () => {
    expect(
      (await t.request("POST", "/api/eligibility", { birthDate: "1985-06-01", regionCode: "99999" })).status,
    ).toBe(422);
    const early = await t.request("POST", "/api/eligibility", {
      birthDate: "1985-06-01",
      regionCode: "41111",
      date: "2021-01-01",
    });
    expect(early.status).toBe(422);
    expect(early.body.error.fields[0].field).toBe("date");
  });
});

describe.each(await testDatabaseKinds())("program rules API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  it("shows the rules in force for a region with sources and review flags", async () => {
    const res = await t.request("GET", "/api/programs/senior_public_interest/rules?region=11620");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      year: 2026,
      region: "11620",
      sectionOrigin: { funding: "11", age: "national" },
    });
    expect(res.body.effective.funding.national).toBe(0.3);
    expect(res.body.effective.age).toMatchObject({
      min: 65,
      confidence: "reported",
      source: expect.stringContaining("RULES.md"),
    });
    expect(res.body.needsReview).toContain("funding");
    expect((await t.request("GET", "/api/programs/nope/rules")).status).toBe(400);
    expect((await t.request("GET", "/api/programs/public_works/rules?year=2030")).status).toBe(404);
  });

  it("lets a district officer override their region's income limit, audited, and the self-check follows it", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "41111" });
    const body = {
      rules: {
        income: {
          maxPercentOfMedian: 75,
          rounding: "floor",
          confidence: "reported",
          source: "수원시 2026 공공근로 공고 (시 자체 기준)",
        },
      },
      reason: "시 자체 예산으로 기준 완화",
    };
    const saved = await officer.request("PUT", "/api/programs/public_works/rules/2026/regions/41111", body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      sectionOrigin: { income: "41111" },
      effective: { income: { maxPercentOfMedian: 75 } },
    });

    // 72% of the 1인 median: over the national 70%, within Suwon's 75%.
    const profile = {
      birthDate: "1985-06-01",
      householdSize: 1,
      householdIncomeMonthly: 1_846_251,
      propertyValue: 0,
      participations: [],
    };
    const inSuwon = await t.request("POST", "/api/eligibility", { ...profile, regionCode: "41111" });
    const elsewhere = await t.request("POST", "/api/eligibility", { ...profile, regionCode: "41115" });
    expect(find(inSuwon.body, "public_works").status).toBe("eligible");
    expect(find(elsewhere.body, "public_works").status).toBe("ineligible");

    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectType, "program_rules"));
    expect(audited).toEqual([
      expect.objectContaining({ action: "create", reason: "시 자체 예산으로 기준 완화" }),
    ]);

    const removed = await officer.request("DELETE", "/api/programs/public_works/rules/2026/regions/41111", {
      reason: "원래 기준으로 복귀",
    });
    expect(removed.status).toBe(200);
    expect(removed.body.sectionOrigin.income).toBe("national");
  });

  it("refuses another region's rules, other roles, and invalid rules without writing anything", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "41111" });
    const valid = {
      rules: { property: { maxWon: 500_000_000, confidence: "reported", source: "test source" } },
      reason: "테스트 사유입니다",
    };
    expect(
      (await officer.request("PUT", "/api/programs/public_works/rules/2026/regions/11620", valid)).status,
    ).toBe(403);
    expect(
      (
        await (
          await t.signedIn("metropolitan_officer", { regionCode: "41" })
        ).request("PUT", "/api/programs/public_works/rules/2026/regions/41111", valid)
      ).status,
    ).toBe(403);
    expect(
      (await t.request("PUT", "/api/programs/public_works/rules/2026/regions/41111", valid)).status,
    ).toBe(401);

    const invalid = await officer.request(
      "PUT",
      "/api/programs/new_middle_age_career/rules/2026/regions/41111",
      {
        rules: { age: { min: 70, confidence: "reported", source: "test source" } },
        reason: "잘못된 규칙 테스트",
      },
    );
    expect(invalid.status).toBe(200); // replacing the whole age section: min 70 with no max is valid
    const broken = await officer.request("PUT", "/api/programs/public_works/rules/2026/regions/41111", {
      rules: {
        funding: {
          national: 0.9,
          metropolitan: 0.9,
          district: 0,
          confidence: "reported",
          source: "test source",
        },
      },
      reason: "합계가 맞지 않는 분담률",
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields[0]).toMatchObject({ field: "rules.funding.national" });
    const rrn = await officer.request("PUT", "/api/programs/public_works/rules/2026/regions/41111", {
      rules: {
        property: { maxWon: 400_000_000, confidence: "reported", source: "담당자 800101-1234567 확인" },
      },
      reason: "주민번호가 섞인 출처",
    });
    expect(rrn.status).toBe(400);
    expect(rrn.body.error.fields[0]).toMatchObject({
      field: "rules.property.source",
      reason: "looks_like_rrn",
    });
    const stored = await t.database.db
      .select()
      .from(programRuleSets)
      .where(and(eq(programRuleSets.programCode, "public_works"), eq(programRuleSets.regionPrefix, "41111")));
    expect(stored).toEqual([]);
  });
});
