import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";
import { ZForecastOutputRow } from "../forecasting/forecast-file.schema.ts";

const example = path.resolve(import.meta.dirname, "../../examples/forecast/series.csv");

describe("maeul forecast (CLI, no database)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-forecast-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const readRows = (file: string) =>
    (parse(fs.readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[]).map((r) =>
      ZForecastOutputRow.parse({
        ...r,
        ...Object.fromEntries(["mean", "lo80", "hi80", "lo95", "hi95"].map((k) => [k, Number(r[k])])),
      }),
    );

  it("forecasts the example (trend, season, gaps, a short, a constant and a sparse series): sane rows, notes, same bytes twice", async () => {
    const output = path.join(dir, "forecasts.csv");
    const result = await maeul("forecast", "--input", example, "--horizon", "12", "--output", output);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^7 series \(monthly\) · horizon 12 · model combination · 5 with notes · [\d.]+ s → /,
    );
    expect(result.output).toContain(
      "note: with-gaps: 2 period(s) without a row read as missing; 3 missing period(s) filled by linear interpolation",
    );
    expect(result.output).toContain(
      "note: constant: constant series: flat forecast with zero-width intervals",
    );
    const rows = readRows(output);
    expect(rows).toHaveLength(7 * 12);
    for (const r of rows) {
      expect(r.lo95).toBeLessThanOrEqual(r.lo80);
      expect(r.lo80).toBeLessThanOrEqual(r.mean);
      expect(r.mean).toBeLessThanOrEqual(r.hi80);
      expect(r.hi80).toBeLessThanOrEqual(r.hi95);
      expect(r.lo95).toBeGreaterThanOrEqual(0);
    }
    expect(rows.filter((r) => r.series_id === "constant").map((r) => [r.mean, r.lo95, r.hi95])).toEqual(
      new Array(12).fill([160, 160, 160]),
    );
    expect(rows.filter((r) => r.series_id === "short").map((r) => r.period)[0]).toBe("2026-11");

    const again = path.join(dir, "again.csv");
    expect((await maeul("forecast", "--input", example, "--horizon", "12", "--output", again)).code).toBe(0);
    expect(fs.readFileSync(again, "utf8")).toBe(fs.readFileSync(output, "utf8"));
  });

  it("runs any model by name and reads cp949 files, quarters included", async () => {
    const input = write(
      "분기.csv",
      iconv.encode(
        "series_id,period,value\n관악구,2023-Q1,10\n관악구,2023-Q2,12\n관악구,2023-Q3,11\n관악구,2023-Q4,9\n관악구,2024-Q1,11\n",
        "cp949",
      ),
    );
    const output = path.join(dir, "q.csv");
    const result = await maeul(
      "forecast",
      "--input",
      input,
      "--horizon",
      "5",
      "--output",
      output,
      "--model",
      "theta",
    );
    expect(result.code).toBe(0);
    const rows = readRows(output);
    expect(rows.map((r) => r.period)).toEqual(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]);
    expect(new Set(rows.map((r) => `${r.series_id}/${r.model}`))).toEqual(new Set(["관악구/theta"]));
  });

  it.each([
    ["a missing option", [], ["--input: 필수 옵션입니다. (This option is required.)", "--horizon"]],
    ["a horizon of 0", ["--horizon", "0"], ["--horizon"]],
    ["an unknown model", ["--horizon", "3", "--model", "prophet"], ["--model"]],
  ])("exits 1 on %s and names the option", async (_, extra, messages) => {
    const args = extra.includes("--horizon")
      ? ["--input", example, "--output", path.join(dir, "x.csv"), ...extra]
      : extra;
    const result = await maeul("forecast", ...args);
    expect(result.code).toBe(1);
    for (const m of messages) expect(result.output).toContain(m);
  });

  it.each([
    [
      "duplicates",
      "series_id,period,value\na,2024-01,1\na,2024-01,2\n",
      'line 3, period: series_id "a"의 2024-01이(가) 2행에 이미 있습니다. (series_id "a" already has 2024-01 at line 2.)',
    ],
    [
      "mixed frequency",
      "series_id,period,value\na,2024-01,1\nb,2024-Q1,2\n",
      "line 3, period: 분기별 기간이 월별 파일에 섞여 있습니다",
    ],
    [
      "non-numeric",
      "series_id,period,value\na,2024-01,twelve\n",
      'line 2, value: value가 숫자가 아닙니다: "twelve"',
    ],
    ["no header", "a,2024-01,1\n", "the first line must name the columns series_id, period, value"],
  ])("exits 1 on a bad file (%s), names the line, and writes nothing", async (_, text, message) => {
    const input = write("bad.csv", text);
    const output = path.join(dir, "never.csv");
    const result = await maeul("forecast", "--input", input, "--horizon", "3", "--output", output);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("exits 1 with a clear message when the input cannot be read or the output written", async () => {
    const missing = await maeul(
      "forecast",
      "--input",
      path.join(dir, "nope.csv"),
      "--horizon",
      "3",
      "--output",
      path.join(dir, "o.csv"),
    );
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("Cannot read the file");
    const unwritable = await maeul(
      "forecast",
      "--input",
      example,
      "--horizon",
      "3",
      "--output",
      path.join(dir, "no/such/dir.csv"),
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.output).toContain("Cannot write the output file");
  });
});
