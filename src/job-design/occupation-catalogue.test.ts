import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROGRAM_CODES } from "../programs/domain/program-catalogue.ts";
import { readCsv } from "../regions/source-data/read-source-file.ts";
import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import { validateCatalogue } from "./domain/occupation.ts";
import { loadOccupations, readCatalogueFiles } from "./occupation-catalogue.ts";

/** The catalogue in data/occupations, loaded as the server loads it, and the checks it must pass. */

const occupations = loadOccupations();

/** A valid entry to break one field at a time. */
const valid = {
  code: "test_role",
  nameKo: "시험 직무",
  nameEn: "Test role",
  category: "care",
  dutiesKo: ["방문합니다"],
  dutiesEn: ["Visits people"],
  targetGroups: ["senior"],
  skills: ["elder_care"],
  certificates: [],
  hoursPerWeek: 20,
  months: 10,
  programs: ["k_flex"],
  demandDrivers: [{ driver: "seniors_living_alone", weight: 1 }],
  sources: [{ kind: "other", detail: "a test entry" }],
};
const problemsOf = (...entries: unknown[]) => validateCatalogue([{ name: "test.json", entries }]).problems;

describe("the occupation catalogue (data/occupations)", () => {
  it("loads at least 100 valid occupations with unique codes", () => {
    expect(validateCatalogue(readCatalogueFiles()).problems).toEqual([]);
    expect(occupations.length).toBeGreaterThanOrEqual(100);
    expect(new Set(occupations.map((o) => o.code)).size).toBe(occupations.length);
    expect(new Set(occupations.map((o) => o.nameKo)).size).toBe(occupations.length);
  });

  it("covers every work category, with several occupations each", () => {
    for (const category of WORK_CATEGORIES) {
      expect(occupations.filter((o) => o.category === category).length, category).toBeGreaterThanOrEqual(8);
    }
  });

  it("holds the proposal's examples and Seoul's named suitable occupations", () => {
    const names = occupations.map((o) => o.nameKo);
    for (const name of [
      "고령친화 보행환경 모니터링 요원",
      "학교 밖 청소년 멘토링 매니저",
      "지역문화 기획 인턴",
      "독거노인 안부확인 도우미",
      "공공도서관 도우미",
      "스마트 경로당 디지털 도우미",
      "에이즈 신속검사 전담 요원",
      "입법지원 카운셀러",
      "청각장애인 CCTV 모니터링 요원",
      "생명 가꿈 전문가",
      "환경관리 진단반원",
      "평생학습 코디네이터",
      "여성안심보안관",
      "아르바이트 청년 권리지킴이",
    ]) {
      expect(names, name).toContain(name);
    }
    const kinds = new Set(occupations.flatMap((o) => o.sources.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual([
      "other",
      "seed_000",
      "seed_001",
      "seed_002",
      "seed_004",
      "senior_jobs_2022",
    ]);
  });

  it("refers only to 2022 노인일자리 activity types that are in the real project file", () => {
    const [header, ...rows] = readCsv("programs/kordi_senior_job_projects_2022.csv", "cp949");
    const column = header!.indexOf("사업유형코드");
    const published = new Set(
      rows.map((r) => /\(([A-Z]-\d{2})\)/.exec(r[column] ?? "")?.[1]).filter(Boolean),
    );
    const referenced = occupations.flatMap((o) => o.seniorJobTypes ?? []);
    expect(referenced.length).toBeGreaterThan(30);
    for (const code of referenced) expect(published, code).toContain(code);
    // And every entry whose source is a 2022 activity type names the type it came from.
    for (const o of occupations.filter((x) => x.sources.some((s) => s.kind === "senior_jobs_2022"))) {
      expect(o.seniorJobTypes?.length, o.code).toBeGreaterThan(0);
    }
  });

  it("offers every program of the catalogue somewhere", () => {
    const offered = new Set(occupations.flatMap((o) => o.programs));
    const unused = PROGRAM_CODES.filter((p) => !offered.has(p));
    // 시장형 and 취업알선형 are businesses and placements, not public-service roles. 공익활동형 pays a
    // monthly allowance for about 30 h a month, which the 20–30 h a week sizing does not fit, so the
    // roles that grew out of 공익활동 types are offered under 사회서비스형 or K-공공일자리 instead.
    expect(unused.sort()).toEqual(["senior_market", "senior_placement", "senior_public_interest"].sort());
  });

  it("refuses entries that break the vocabularies or each other", () => {
    expect(problemsOf(valid)).toEqual([]);
    expect(problemsOf({ ...valid, category: "cooking" })[0]).toContain("category");
    expect(problemsOf({ ...valid, targetGroups: ["pensioner"] })[0]).toContain("targetGroups");
    expect(problemsOf({ ...valid, programs: ["no_such_program"] })[0]).toContain("programs");
    expect(problemsOf({ ...valid, skills: ["juggling"] })[0]).toContain("skills");
    expect(problemsOf({ ...valid, demandDrivers: [{ driver: "seniors_65plus", weight: 0.5 }] })[0]).toContain(
      "driver_weights_must_sum_to_1",
    );
    expect(problemsOf({ ...valid, dutiesEn: ["a", "b"] }).join()).toContain("duties_ko_en_differ");
    expect(problemsOf({ ...valid, months: 3, seasonMonths: [6, 7] })[0]).toContain(
      "season_months_differ_from_months",
    );
    expect(problemsOf({ ...valid, requiredCertificates: ["electrician"] })[0]).toContain(
      "required_certificate_not_listed",
    );
    expect(problemsOf({ ...valid, seniorJobTypes: ["A-7"] })[0]).toContain("seniorJobTypes");
    expect(problemsOf({ ...valid, sources: [] })[0]).toContain("sources");
    expect(problemsOf({ ...valid, surprise: true })[0]).toContain("surprise");
    expect(problemsOf(valid, { ...valid, nameKo: "다른 이름" })).toEqual([
      "test.json[1] (test_role): code test_role already used in test.json[0] (test_role)",
    ]);
  });

  it("fails loudly when a file in the folder is broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "occupations-"));
    writeFileSync(
      join(dir, "care.json"),
      JSON.stringify([valid, { ...valid, code: "other_role", hoursPerWeek: 80 }]),
    );
    expect(() => loadOccupations(dir)).toThrow(/care\.json\[1\] \(other_role\): hoursPerWeek/);
    writeFileSync(join(dir, "care.json"), "[{");
    expect(() => loadOccupations(dir)).toThrow(/data\/occupations\/care\.json/);
  });
});
