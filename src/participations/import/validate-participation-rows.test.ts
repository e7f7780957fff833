import { describe, expect, it } from "vitest";
import type { ImportTable } from "../../work-items/import/import-table.ts";
import { addYears, checkHistoryDates } from "./history-date-bounds.ts";
import { validateParticipationRows } from "./validate-participation-rows.ts";

const RESIDENT = "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b";
const TODAY = "2026-03-02";

function table(...rows: [start: string, end: string][]): ImportTable {
  return {
    format: "csv",
    encoding: "utf-8",
    headers: ["주민ID", "사업", "시작일", "종료일"],
    rows: rows.map(([start, end], i) => ({ rowNumber: i + 2, cells: [RESIDENT, "공공근로", start, end] })),
  };
}

/** "row:field:reason" for every error, in row order. */
const problems = (file: ImportTable, today = TODAY) =>
  validateParticipationRows(file, { today }).errors.map((e) => `${e.row}:${e.field}:${e.reason}`);

describe("participation rows: dates must be plausible history", () => {
  it("accepts a start on 1990-01-01 and refuses one on 1989-12-31", () => {
    const result = validateParticipationRows(table(["1990-01-01", "1990-12-31"], ["1989-12-31", ""]), {
      today: TODAY,
    });
    expect(result.valid.map((r) => r.row)).toEqual([2]);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: "시작일",
        field: "startDate",
        reason: "before_earliest_start",
        messageKo: expect.stringContaining("1990-01-01보다 이릅니다 (1989-12-31)"),
        messageEn: expect.stringContaining("1989-12-31 is before 1990-01-01"),
      },
    ]);
  });

  it("refuses the placeholders spreadsheets fill in (1900-01-01, Excel's day zero, year 1)", () => {
    expect(problems(table(["1900-01-01", "1900-12-31"], ["1899-12-30", ""], ["0001-01-01", ""]))).toEqual([
      "2:startDate:before_earliest_start",
      "3:startDate:before_earliest_start",
      "4:startDate:before_earliest_start",
    ]);
  });

  it("accepts dates up to a year after the import day and refuses the day after", () => {
    expect(problems(table(["2027-03-02", ""], ["2026-01-05", "2027-03-02"]))).toEqual([]);
    const late = validateParticipationRows(table(["2027-03-03", ""], ["2026-01-05", "2027-03-03"]), {
      today: TODAY,
    });
    expect(late.valid).toEqual([]);
    expect(late.errors.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
      "2:시작일:too_far_ahead",
      "3:종료일:too_far_ahead",
    ]);
    expect(late.errors[1]!.messageKo).toContain("예정된 참여는 이력이 아니므로 2027-03-02까지만 받습니다");
    expect(late.errors[1]!.messageEn).toContain("end date 2027-03-03 is more than 1 year after");
  });

  it("takes the bound from the injected day, not from the machine's clock", () => {
    const far = table(["2030-06-01", "2030-06-30"]);
    expect(problems(far, "2026-03-02")).toEqual(["2:startDate:too_far_ahead", "2:endDate:too_far_ahead"]);
    expect(problems(far, "2029-06-30")).toEqual([]);
    expect(problems(far, "2029-06-29")).toEqual(["2:endDate:too_far_ahead"]);
    expect(problems(far, "2029-05-31")).toEqual(["2:startDate:too_far_ahead", "2:endDate:too_far_ahead"]);
  });

  it("refuses an end before the start, once, in words about dates", () => {
    const result = validateParticipationRows(
      table(["2026-05-01", "2026-04-30"], ["2026-05-01", "2026-05-01"]),
      {
        today: TODAY,
      },
    );
    expect(result.valid.map((r) => r.row)).toEqual([3]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "종료일",
        field: "endDate",
        reason: "end_date_before_start",
        messageKo: "종료일이 시작일보다 이릅니다 (시작 2026-05-01, 종료 2026-04-30).",
        messageEn: "The end date 2026-04-30 is before the start date 2026-05-01.",
      },
    ]);
  });

  it("leaves a date that is not a real one to the contract (invalid_date, reported once)", () => {
    expect(problems(table(["1900-02-30", "2026-01-01"], ["2026-02-30", "2026-01-01"]))).toEqual([
      "2:startDate:invalid_date",
      "3:startDate:invalid_date",
    ]);
  });

  it("reports every date problem of a row at once", () => {
    expect(problems(table(["1985-01-01", "2099-12-31"]))).toEqual([
      "2:startDate:before_earliest_start",
      "2:endDate:too_far_ahead",
    ]);
  });
});

describe("checkHistoryDates and addYears", () => {
  it("moves a leap day to 28 February in a common year", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2027-02-28", 1)).toBe("2028-02-28");
    expect(addYears("2026-12-31", 1)).toBe("2027-12-31");
    expect(checkHistoryDates({ startDate: "2025-02-28" }, "2024-02-29")).toEqual([]);
    expect(checkHistoryDates({ startDate: "2025-03-01" }, "2024-02-29").map((p) => p.reason)).toEqual([
      "too_far_ahead",
    ]);
  });

  it("checks nothing it was not given", () => {
    expect(checkHistoryDates({}, TODAY)).toEqual([]);
    expect(checkHistoryDates({ startDate: 19890101, endDate: null }, TODAY)).toEqual([]);
  });
});
