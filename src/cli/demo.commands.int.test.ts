import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";
import { demoPassword } from "../auth/domain/demo-accounts.ts";

describe("maeul demo accounts (CLI, PGlite)", () => {
  let dataDir: string;
  const saved = { dataDir: process.env.MAEUL_DATA_DIR, url: process.env.DATABASE_URL };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-demo-"));
    process.env.MAEUL_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    expect((await maeul("db", "seed", "--regions", "11620")).code).toBe(0);
  });
  afterAll(() => {
    if (saved.dataDir === undefined) delete process.env.MAEUL_DATA_DIR;
    else process.env.MAEUL_DATA_DIR = saved.dataDir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints [{role, region, email, password}] with --json", async () => {
    const { code, stdout: output } = await maeul("demo", "accounts", "--json");
    expect(code).toBe(0);
    const list = JSON.parse(output) as {
      role: string;
      region: string | null;
      email: string;
      password: string;
    }[];
    expect(list).toHaveLength(6);
    expect(list[0]).toEqual({
      role: "system_admin",
      region: null,
      email: "admin@demo.maeul.kr",
      password: demoPassword("admin@demo.maeul.kr"),
    });
    expect(list).toContainEqual({
      role: "district_officer",
      region: "11620",
      email: "officer.11620@demo.maeul.kr",
      password: demoPassword("officer.11620@demo.maeul.kr"),
    });
    for (const entry of list) expect(Object.keys(entry)).toEqual(["role", "region", "email", "password"]);
  });

  it("prints a table otherwise, saying the passwords are public", async () => {
    const { code, output } = await maeul("demo", "accounts");
    expect(code).toBe(0);
    expect(output).toMatch(/^role\s+region\s+email\s+password/);
    expect(output).toContain("11620 서울특별시 관악구");
    expect(output).toContain(demoPassword("resident.11620@demo.maeul.kr"));
    expect(output).toContain("public");
  });
});
