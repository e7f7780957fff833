import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";

/**
 * `maeul forecast import | backtest | coldstart-validate | aggregate` in-process against a PGlite
 * data directory: one district seeded (its synthetic history only), a district's records
 * imported from CSV and XLSX, the backtest and the cold-start check printed.
 */
describe("maeul forecast data commands (CLI, PGlite)", () => {
  let dataDir: string;
  const saved = { dataDir: process.env.MAEUL_DATA_DIR, url: process.env.DATABASE_URL };

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-forecast-"));
    process.env.MAEUL_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved.dataDir === undefined) delete process.env.MAEUL_DATA_DIR;
    else process.env.MAEUL_DATA_DIR = saved.dataDir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("says what to do when there is no demand history yet", async () => {
    expect((await maeul("db", "seed", "--no-demo")).code).toBe(0);
    const result = await maeul("forecast", "backtest");
    expect(result.code).toBe(1);
    expect(result.output).toContain("npx maeul db seed");
  });

  it("imports records from CSV (errors listed with their rows, nothing written) and from XLSX", async () => {
    const bad = path.join(dataDir, "bad.csv");
    fs.writeFileSync(
      bad,
      "시군구코드,분야,연월,요청시간\n11620,돌봄,2024-01,100\n11620,돌봄,2024-01-15,100\n",
    );
    const refused = await maeul("forecast", "import", "--file", bad);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("3행 (row 3) · 연월 [period]");
    expect(refused.output).toContain("2행 중 1행에 오류가 있어 아무것도 가져오지 않았습니다");

    const missing = path.join(dataDir, "missing.csv");
    fs.writeFileSync(missing, "시군구코드,연월\n11620,2024-01\n");
    const noColumns = await maeul("forecast", "import", "--file", missing);
    expect(noColumns.code).toBe(1);
    expect(noColumns.output).toContain("필수 열이 없습니다: 분야, 요청시간");

    // 36 months of 11620 environment records in a workbook, English headers.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("demand");
    sheet.addRow(["region_code", "category", "period", "hours_requested", "items_posted", "items_filled"]);
    for (let i = 0; i < 36; i++) {
      const month = 2023 * 12 + i;
      const summer = [5, 6, 7, 8].includes(month % 12) ? 400 : 0;
      sheet.addRow([
        "11620",
        "환경",
        new Date(Date.UTC(Math.floor(month / 12), month % 12, 1)),
        1000 + summer + (i % 5) * 20,
        10,
        9,
      ]);
    }
    const xlsx = path.join(dataDir, "demand.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const dry = await maeul("forecast", "import", "--file", xlsx, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.output).toContain("36행 모두 올바릅니다");
    const imported = await maeul("forecast", "import", "--file", xlsx);
    expect(imported.code).toBe(0);
    expect(imported.output).toContain("Imported 36 demand observations for 1 districts.");
  });

  it("backtests the imported series from the database and prints every model beside seasonal naive", async () => {
    const result = await maeul(
      "forecast",
      "backtest",
      "--regions",
      "11620",
      "--horizon",
      "6",
      "--window",
      "12",
    );
    expect(result.code).toBe(0);
    expect(result.output).toContain("1 series (1 시군구), 2023-01..2025-12, from demand_observations");
    expect(result.output).toMatch(/horizon ≤ 6/);
    for (const model of ["seasonal_naive", "theta", "ets", "arima", "combination"]) {
      expect(result.output).toMatch(new RegExp(`environment\\s+${model}\\s+\\d`));
    }
    expect(result.output).toMatch(/combination vs seasonal naive: relative MASE \d\.\d{3}/);
  });

  it("backtests the demo history from the data files and finds the combination ahead of seasonal naive", async () => {
    const result = await maeul(
      "forecast",
      "backtest",
      "--demo-files",
      "--regions",
      "11620,47730,44790",
      "--categories",
      "care,environment,education",
    );
    expect(result.code).toBe(0);
    expect(result.output).toContain("9 series (3 시군구), 2021-01..2026-10");
    const line = result.output.split("\n").find((l) => /^all\s+combination/.test(l))!;
    const relative = Number(line.split(/\s+/)[4]);
    expect(relative).toBeLessThan(1);
    expect(result.output).toContain("the combination beats seasonal naive");
    const bad = await maeul("forecast", "backtest", "--categories", "cooking");
    expect(bad.code).not.toBe(0);
  });

  it("validates the cold start leave-one-out on the demo history and on the real 2022 senior jobs", async () => {
    const result = await maeul("forecast", "coldstart-validate", "--demo-files");
    expect(result.code).toBe(0);
    expect(result.output).toContain("2250 series (250 시군구)");
    expect(result.output).toMatch(/^care\s+250\s/m);
    // 229 units: 250 시군구 with the 32 일반구 of 11 cities merged into their city.
    expect(result.output).toMatch(/^all\s+229\s+714782\s/m);
    const parse = (line: string) => line.trim().split(/\s+/);
    const all = parse(result.output.split("\n").find((l) => /^all\s+229/.test(l))!);
    // model median APE < per-capita median APE
    expect(Number.parseFloat(all[3]!)).toBeLessThan(Number.parseFloat(all[6]!));
  });

  it("recomputes the platform's demand from its work items", async () => {
    const result = await maeul("forecast", "aggregate");
    expect(result.code).toBe(0);
    expect(result.output).toContain("0 platform observations in 0 districts");
  });
});
