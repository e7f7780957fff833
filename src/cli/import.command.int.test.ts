import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";

const examples = path.resolve(import.meta.dirname, "../../examples");

describe("maeul import work-items (CLI, PGlite)", () => {
  let dataDir: string;
  const saved = { dataDir: process.env.MAEUL_DATA_DIR, url: process.env.DATABASE_URL };

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-import-"));
    process.env.MAEUL_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved.dataDir === undefined) delete process.env.MAEUL_DATA_DIR;
    else process.env.MAEUL_DATA_DIR = saved.dataDir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("exits 1 on a file that is not CSV or XLSX, or cannot be read", async () => {
    const notCsv = await maeul(
      "import",
      "work-items",
      path.resolve(import.meta.dirname, "../../package.json"),
    );
    expect(notCsv.code).toBe(1);
    expect(notCsv.output).toContain("Only CSV and XLSX files can be imported");
    const missing = await maeul("import", "work-items", path.join(dataDir, "nothing.csv"));
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("파일을 읽을 수 없습니다");
    const empty = path.join(dataDir, "empty.csv");
    fs.writeFileSync(empty, "");
    expect((await maeul("import", "work-items", empty)).code).toBe(1);
  });

  it("exits 1 when required columns are missing", async () => {
    const file = path.join(dataDir, "short.csv");
    fs.writeFileSync(file, "제목,설명\n골목 청소,골목을 청소합니다\n");
    const result = await maeul("import", "work-items", file);
    expect(result.code).toBe(1);
    expect(result.output).toContain("필수 열이 없습니다");
  });

  it("seeds a district, lists every bad row with exit code 1, then imports the good file", async () => {
    expect((await maeul("db", "seed", "--regions", "11620")).code).toBe(0);

    const bad = await maeul("import", "work-items", path.join(examples, "work-items-with-errors.csv"));
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(
      "3행 (row 3) · 시급 [hourlyWage]: 시급이 2026년 최저임금(10,320원)보다 낮습니다.",
    );
    expect(bad.output).toContain("6행 (row 6) · 기관ID [organizationId]");
    expect(bad.output).toContain("nothing was imported");

    const dry = await maeul("import", "work-items", path.join(examples, "work-items.xlsx"), "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.output).toContain("Dry run: all 6 rows are valid");

    const good = await maeul("import", "work-items", path.join(examples, "work-items.csv"));
    expect(good.code).toBe(0);
    expect(good.output).toContain("Imported 6 work items.");
  });
});
