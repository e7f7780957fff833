import { describe, expect, it } from "vitest";
import { AppError } from "../shared/errors.ts";
import { forecastSeries } from "./domain/models/index.ts";
import {
  forecastRows,
  formatForecastOutput,
  parseForecastInput,
  parsePeriod,
  periodLabel,
} from "./forecast-file.ts";

function problems(text: string, options: Parameters<typeof parseForecastInput>[1] = {}): string[] {
  try {
    parseForecastInput(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    return [e.messageEn, ...e.fields.map((f) => `${f.field}: ${f.messageEn}`)];
  }
  throw new Error("expected the file to be refused");
}

describe("parseForecastInput", () => {
  it("reads series in order of first appearance, rows in any order, gaps and empty values as missing", () => {
    const text = [
      "\uFEFFSeries_ID,Period,Value,comment",
      "b,2024-03,7,",
      "a,2024-02,",
      "a,2024-01,10,first",
      "b,2024-01,5,",
      "a,2024-04,NA,",
      "a,2024-05,12.5,",
      "",
    ].join("\n");
    const { frequency, series } = parseForecastInput(text);
    expect(frequency).toBe("month");
    expect(series.map((s) => s.id)).toEqual(["b", "a"]);
    const [b, a] = series;
    expect(b).toMatchObject({ start: 2024 * 12, values: [5, null, 7], gaps: 1, line: 2 });
    expect(a).toMatchObject({ start: 2024 * 12, values: [10, null, null, null, 12.5], gaps: 1, line: 3 });
  });

  it("reads quarters", () => {
    const { frequency, series } = parseForecastInput("series_id,period,value\nx,2023-Q4,1\nx,2024-q1,2\n");
    expect(frequency).toBe("quarter");
    expect(series[0]!.values).toEqual([1, 2]);
  });

  it("names the line and column of every bad row", () => {
    const text = [
      "series_id,period,value",
      "a,2024-01,10",
      "a,2024-13,11",
      "a,2024-02,1O",
      ",2024-03,4",
      "a,2024-01,12",
      "a,2024-Q2,3",
    ].join("\n");
    expect(problems(text)).toEqual([
      "series.csv: the input file has problems.",
      'line 3, period: The period must be YYYY-MM (month) or YYYY-Qn (quarter): "2024-13"',
      'line 4, value: value is not a number: "1O" (leave it empty for a missing value)',
      "line 5, series_id: series_id is empty.",
      'line 6, period: series_id "a" already has 2024-01 at line 2.',
      'line 7, period: A quarterly period in a monthly file: "2024-Q2" (line 2 set monthly)',
    ]);
  });

  it("refuses a file whose periods do not match --frequency", () => {
    expect(problems("series_id,period,value\na,2024-01,1\n", { frequency: "quarter" })).toContain(
      'line 2, period: A monthly period in a quarterly file: "2024-01" (--frequency)',
    );
  });

  it("refuses missing columns, no rows, a series without values, a mistyped year, broken quoting", () => {
    expect(problems("id,period,value\na,2024-01,1\n", { source: "in.csv" })).toEqual([
      "in.csv: the first line must name the columns series_id, period, value (missing: series_id).",
    ]);
    expect(problems("series_id,period,value\n")).toEqual(["series.csv: no data rows."]);
    expect(problems("series_id,period,value\na,2024-01,\na,2024-02,NA\n")).toContain(
      'line 2, value: series_id "a" has no values at all.',
    );
    expect(problems("series_id,period,value\na,1024-01,1\na,2024-02,2\n")[1]).toContain(
      "is a year mistyped?",
    );
    expect(problems('series_id,period,value\na,2024-01,"1\n')[0]).toMatch(/cannot read the CSV/);
  });

  it("stops listing after 20 problems", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `a,2024-01,x${i}`);
    const listed = problems(["series_id,period,value", ...rows].join("\n"));
    expect(listed[0]).toBe("series.csv: the input file has problems (the first 20).");
    expect(listed).toHaveLength(21);
  });
});

describe("periods and output rows", () => {
  it("labels and parses periods both ways", () => {
    expect(periodLabel(parsePeriod("2026-12")!.index + 1, "month")).toBe("2027-01");
    expect(periodLabel(parsePeriod("2026-Q4")!.index + 1, "quarter")).toBe("2027-Q1");
    expect(parsePeriod("2026-00")).toBeNull();
    expect(parsePeriod("2026-Q5")).toBeNull();
    expect(parsePeriod("26-01")).toBeNull();
  });

  it("continues each series after its own last period and writes the documented columns", () => {
    const { frequency, series } = parseForecastInput(
      "series_id,period,value\nq,2025-Q3,4\nq,2025-Q4,6\nq,2026-Q1,5\n",
    );
    const forecast = forecastSeries(
      { values: series[0]!.values, seasonLength: 4, horizon: 3 },
      "seasonal_naive",
    );
    const rows = forecastRows(series[0]!, frequency, forecast);
    expect(rows.map((r) => r.period)).toEqual(["2026-Q2", "2026-Q3", "2026-Q4"]);
    const csv = formatForecastOutput(rows);
    expect(csv.split("\n")[0]).toBe("series_id,period,mean,lo80,hi80,lo95,hi95,model");
    expect(csv.split("\n")[1]).toMatch(/^q,2026-Q2,5,/);
  });
});
