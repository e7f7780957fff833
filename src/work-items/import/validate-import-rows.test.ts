import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoOrganizationId } from "../../demo/domain/deterministic-id.ts";
import { ZWorkItemCreate } from "../work-item.schema.ts";
import type { ImportTable } from "./import-table.ts";
import { readImportTable } from "./read-import-file.ts";
import { validateImportRows } from "./validate-import-rows.ts";

const examples = path.resolve(import.meta.dirname, "../../../examples");
const example = (name: string) => readImportTable(fs.readFileSync(path.join(examples, name)), name);
const GWANAK_OFFICE = demoOrganizationId("11620", "local_government:0");

function table(headers: string[], ...rows: string[][]): ImportTable {
  return {
    format: "csv",
    encoding: "utf-8",
    headers,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  };
}

const ENGLISH = [
  "title",
  "description",
  "organization_id",
  "category",
  "kind",
  "place",
  "lat",
  "lng",
  "remote",
  "schedule",
  "hours_per_week",
  "start_date",
  "end_date",
  "headcount",
  "hourly_wage",
  "target_groups",
];
const patrol = [
  "야간 순찰",
  "골목 순찰",
  GWANAK_OFFICE,
  "safety",
  "medium_term",
  "신림역",
  "37.4842",
  "126.9297",
  "false",
  "mon-fri 19:00-23:00",
  "20",
  "2026-03-02",
  "2026-07-31",
  "4",
  "10700",
  "youth;new_middle_age",
];

describe("validateImportRows", () => {
  it.each(["work-items.csv", "work-items-cp949.csv", "work-items.xlsx"])(
    "accepts every row of examples/%s",
    async (name) => {
      const result = validateImportRows(await example(name));
      expect(result.errors).toEqual([]);
      expect(result.valid).toHaveLength(6);
      for (const row of result.valid) expect(() => ZWorkItemCreate.parse(row.input)).not.toThrow();
      expect(result.valid[0]!.input).toMatchObject({
        organizationId: GWANAK_OFFICE,
        category: "safety",
        kind: "medium_term",
        remote: false,
        location: { lat: 37.4842, lng: 126.9297 },
        hourlyWage: 10700,
        preferredSkills: ["patrol"],
        preferredCertificates: ["security_guard"],
        targetGroups: ["new_middle_age", "youth"],
        programCode: "seoul_companion",
      });
      expect(result.valid[0]!.input.schedule).toHaveLength(5);
      const remote = result.valid.find((r) => r.input.remote)!;
      expect(remote.input).toMatchObject({ category: "admin_support", requiredSkills: ["data_entry"] });
      expect(remote.input.location).toBeUndefined();
    },
  );

  it("lists every bad row of examples/work-items-with-errors.csv with its row, column and a Korean and English reason", async () => {
    const result = validateImportRows(await example("work-items-with-errors.csv"));
    expect(result.valid.map((r) => r.row)).toEqual([2]);
    expect(result.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [3, "시급", "below_minimum_wage"],
      [4, "주당시간", "hours_exceed_schedule"],
      [5, "분야", "unknown_code"],
      [5, "위도", "location_incomplete"],
      [6, "원격", "invalid_boolean"],
      [6, "근무시간표", "invalid_time"],
    ]);
    for (const e of result.errors) {
      expect(e.messageKo).toMatch(/[가-힣]/);
      expect(e.messageEn).toMatch(/[a-z]/);
    }
    expect(result.errors[0]!.messageKo).toContain("최저임금(10,320원)");
    // The institution of row 6 is checked against the database later; its id is well-formed.
    expect(result.references.find((r) => r.row === 6)?.organizationId).toBe(
      "00000000-0000-4000-8000-000000000000",
    );
  });

  it("accepts English headers and codes", () => {
    const result = validateImportRows(table(ENGLISH, patrol));
    expect(result.errors).toEqual([]);
    expect(result.valid[0]!.input).toMatchObject({
      category: "safety",
      targetGroups: ["youth", "new_middle_age"],
    });
  });

  it("reports contract errors with the file's own header", () => {
    const bad = [...patrol];
    bad[0] = "";
    bad[12] = "2026-02-30";
    bad[13] = "0";
    const result = validateImportRows(table(ENGLISH, bad));
    expect(result.errors.map((e) => [e.column, e.field, e.reason])).toEqual([
      ["title", "title", "required"],
      ["end_date", "endDate", "invalid_date"],
      ["headcount", "headcount", "too_small"],
    ]);
  });

  it("needs a place for on-site work but not for remote work", () => {
    const onSite = [...patrol];
    onSite[5] = "";
    onSite[6] = "";
    onSite[7] = "";
    expect(validateImportRows(table(ENGLISH, onSite)).errors.map((e) => e.reason)).toEqual([
      "place_required",
    ]);
    const remote = [...onSite];
    remote[8] = "yes";
    expect(validateImportRows(table(ENGLISH, remote)).errors).toEqual([]);
  });

  it("refuses a file that lacks required columns or names a field twice", () => {
    expect(() => validateImportRows(table(["제목", "설명"], ["가", "나"]))).toThrow(
      /Required columns are missing/,
    );
    expect(() => validateImportRows(table([...ENGLISH, "제목"], [...patrol, "x"]))).toThrow(/Two columns/);
  });

  it("takes the institution from --organization, and rejects rows that name another", () => {
    const headers = ENGLISH.filter((h) => h !== "organization_id");
    const row = patrol.filter((_, i) => i !== 2);
    expect(() => validateImportRows(table(headers, row))).toThrow(/organizationId/);
    const result = validateImportRows(table(headers, row), { organizationId: GWANAK_OFFICE });
    expect(result.valid[0]!.input.organizationId).toBe(GWANAK_OFFICE);
    const other = validateImportRows(table(ENGLISH, patrol), {
      organizationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(other.errors.map((e) => e.reason)).toEqual(["organization_mismatch"]);
  });

  it("ignores unknown columns and says so", () => {
    const result = validateImportRows(table([...ENGLISH, "비고"], [...patrol, "메모"]));
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(["비고"]);
  });
});
