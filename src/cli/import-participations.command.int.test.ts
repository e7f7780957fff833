import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";
import { rowsOf } from "../audit/audit.repository.ts";
import { openDatabase } from "../db/client.ts";

/** `maeul import participations --file …` against an embedded database in a temporary directory. */
describe("maeul import participations (CLI, PGlite)", () => {
  let dataDir: string;
  let residentIds: string[] = [];
  const saved = { dataDir: process.env.MAEUL_DATA_DIR, url: process.env.DATABASE_URL };

  const query = async <T>(statement: ReturnType<typeof sql>): Promise<T[]> => {
    const database = await openDatabase({ dataDir });
    try {
      return rowsOf<T>(await database.db.execute(statement));
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-import-participations-"));
    process.env.MAEUL_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    expect((await maeul("db", "seed", "--regions", "11620")).code).toBe(0);
    // Two demo residents with no history and no application, so nothing overlaps.
    residentIds = (
      await query<{ id: string }>(sql`select r.id from residents r
        where not exists (select 1 from participations p where p.resident_id = r.id)
          and not exists (select 1 from cohort_applications a where a.resident_id = r.id)
        order by r.id limit 2`)
    ).map((r) => r.id);
    expect(residentIds).toHaveLength(2);
  }, 300_000);
  afterAll(() => {
    if (saved.dataDir === undefined) delete process.env.MAEUL_DATA_DIR;
    else process.env.MAEUL_DATA_DIR = saved.dataDir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => {
    const file = path.join(dataDir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("needs a file, and exits 1 on one it cannot read", async () => {
    const none = await maeul("import", "participations");
    expect(none.code).toBe(1);
    expect(none.output).toContain("--file");
    const notCsv = await maeul("import", "participations", "--file", path.resolve("package.json"));
    expect(notCsv.code).toBe(1);
    expect(notCsv.output).toContain("Only CSV and XLSX files can be imported");
    const noPerson = await maeul(
      "import",
      "participations",
      "--file",
      write("short.csv", "사업,시작일\n공공근로,2023-01-02\n"),
    );
    expect(noPerson.code).toBe(1);
    expect(noPerson.output).toContain("주민ID 또는 이름");
  });

  it("lists every bad row with exit code 1, checks a good file with --dry-run, then imports it", async () => {
    const [a, b] = residentIds;
    const bad = write(
      "bad.csv",
      `주민ID,사업,시작일,종료일,주당시간\n${a},공공근로,2023-03-02,2023-06-30,25\n${b},없는사업,2023-03-02,,\n`,
    );
    const refused = await maeul("import", "participations", "--file", bad);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("3행 (row 3) · 사업 [programCode]");
    expect(refused.output).toContain("nothing was imported");

    const good = write(
      "good.csv",
      `주민ID,사업,시작일,종료일,주당시간,분야\n${a},공공근로,2023-03-02,2023-06-30,25,환경\n${b},지역공동체일자리,2023-04-01,,30,돌봄\n`,
    );
    const dry = await maeul("import", "participations", "--file", good, "--region", "11620", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.output).toContain("Dry run: all 2 rows are valid");
    const done = await maeul("import", "participations", good);
    expect(done.code).toBe(0);
    expect(done.output).toContain("Imported 2 participations of 2 residents.");

    const stored = await query<{ source: string; hours_per_week: number; field: string }>(
      sql`select source, hours_per_week, field from participations where resident_id in (${a}, ${b}) order by start_date`,
    );
    expect(stored).toEqual([
      { source: "imported", hours_per_week: 25, field: "environment" },
      { source: "imported", hours_per_week: 30, field: "care" },
    ]);
    const audited = await query<{ n: number }>(
      sql`select count(*)::int as n from audit_log
          where subject_type = 'participation' and actor_role = 'system' and details->>'source' = 'imported'`,
    );
    expect(audited[0]!.n).toBe(2);
    // The same file again: every row is a duplicate now.
    const again = await maeul("import", "participations", "--file", good);
    expect(again.code).toBe(1);
    expect(again.output).toContain("이미 있는 참여 이력입니다");
  });
});
