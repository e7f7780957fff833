import { describe, expect, it } from "vitest";
import type { ImportTable } from "../../work-items/import/import-table.ts";
import { monthOf } from "../domain/months.ts";
import { checkDemandImportShape, parseMonthCell, validateDemandRows } from "./validate-demand-rows.ts";

const table = (headers: string[], ...rows: string[][]): ImportTable => ({
  format: "csv",
  encoding: "utf-8",
  headers,
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});

describe("parseMonthCell", () => {
  it.each([
    ["2024-07", "2024-07"],
    ["2024.7", "2024-07"],
    ["2024/07", "2024-07"],
    ["2024년 7월", "2024-07"],
    ["202407", "2024-07"],
    ["2024-07-01", "2024-07"],
    ["2024. 7. 1.", "2024-07"],
  ])("reads %s", (text, month) => {
    const parsed = parseMonthCell(text);
    expect(parsed).toEqual({ ok: true, value: monthOf(month) });
  });

  it.each([
    ["2024-13", "invalid_month"],
    ["July 2024", "invalid_month"],
    ["2024-07-15", "not_first_of_month"],
    ["1850-01", "invalid_month"],
  ])("refuses %s", (text, reason) => {
    expect(parseMonthCell(text)).toMatchObject({ ok: false, reason });
  });
});

describe("validateDemandRows", () => {
  const now = monthOf("2026-03");

  it("accepts Korean headers and labels, defaults the optional counts to 0, takes 10-digit codes", () => {
    const result = validateDemandRows(
      table(
        ["시군구코드", "분야", "연월", "요청시간(시간)", "비고"],
        ["1162000000", "돌봄", "2025-01", "1,200시간", "메모"],
      ),
      now,
    );
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(["비고"]);
    expect(result.valid).toEqual([
      {
        row: 2,
        regionCode: "11620",
        category: "care",
        period: "2025-01-01",
        hoursRequested: 1200,
        itemsPosted: 0,
        itemsFilled: 0,
        unmetRequests: 0,
        synthetic: false,
      },
    ]);
  });

  it("reports every bad cell with its row and column, and keeps nothing of a bad row", () => {
    const result = validateDemandRows(
      table(
        [
          "region_code",
          "category",
          "period",
          "hours_requested",
          "items_posted",
          "items_filled",
          "unmet_requests",
        ],
        ["11620", "care", "2025-01", "100", "3", "2", "0"],
        ["1162", "care", "2025-02", "", "2.5", "1", "-1"],
        ["11620", "care", "2025-01", "100", "", "2", "0"],
        ["11620", "environment", "2026-03", "100", "1", "1", "0"],
      ),
      now,
    );
    expect(result.valid.map((r) => r.row)).toEqual([2]);
    expect(result.errors.map((e) => `${e.row}/${e.column}/${e.reason}`)).toEqual([
      "3/region_code/invalid_region_code",
      "3/hours_requested/required",
      "3/items_posted/not_a_count",
      "3/unmet_requests/not_a_count",
      "4/items_posted/posted_required",
      "4/period/duplicate_row",
      "5/period/not_yet_observed",
    ]);
    expect(result.errors[5]!.messageKo).toContain("2행과 같은");
  });

  it("refuses a file without the required columns or with a column twice", () => {
    const messageOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { messageKo: string }).messageKo;
      }
      return "";
    };
    expect(messageOf(() => checkDemandImportShape(table(["분야", "연월"], ["돌봄", "2025-01"])))).toMatch(
      /필수 열이 없습니다: 시군구코드, 요청시간/,
    );
    expect(
      messageOf(() =>
        checkDemandImportShape(
          table(["시군구코드", "지역코드", "분야", "연월", "요청시간"], ["1", "1", "돌봄", "2025-01", "1"]),
        ),
      ),
    ).toMatch(/두 번/);
  });
});
