import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";
import { setFieldKeys } from "../privacy/field-keys.ts";
import { readKeyFile } from "../privacy/key-file.ts";

describe("maeul keys and maeul audit (CLI, PGlite with its key file)", () => {
  let dataDir: string;
  const saved = {
    dataDir: process.env.MAEUL_DATA_DIR,
    url: process.env.DATABASE_URL,
    key: process.env.MAEUL_DATA_KEY,
  };

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-keys-cli-"));
    process.env.MAEUL_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    delete process.env.MAEUL_DATA_KEY;
    setFieldKeys(undefined);
  });
  afterAll(() => {
    for (const [name, value] of [
      ["MAEUL_DATA_DIR", saved.dataDir],
      ["DATABASE_URL", saved.url],
      ["MAEUL_DATA_KEY", saved.key],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("seeds with a generated key file, rotates, prunes and verifies the audit chain", async () => {
    expect((await maeul("db", "seed", "--regions", "47940")).code).toBe(0);
    const keyFile = path.join(dataDir, "keys.json");
    const [firstKey] = readKeyFile(keyFile).keys;
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);

    const status = await maeul("keys", "status");
    expect(status.code).toBe(0);
    expect(status.output).toContain(`current: ${firstKey!.id}`);
    expect(status.output).toMatch(new RegExp(`resident_personal_data.name_enc ${firstKey!.id}: \\d+`));

    const rotate = await maeul("keys", "rotate", "--batch-size", "50");
    expect(rotate.code, rotate.output).toBe(0);
    const [current] = readKeyFile(keyFile).keys;
    expect(current!.id).not.toBe(firstKey!.id);
    expect(rotate.output).toMatch(
      /resident_personal_data: \d+ rows rewritten, \d+ values re-encrypted, 0 plaintext/,
    );
    expect(rotate.output).toContain(`every value is now under ${current!.id}`);
    expect(rotate.output).toContain(`no value uses ${firstKey!.id} any more`);

    const after = await maeul("keys", "status");
    expect(after.output).toMatch(new RegExp(`${firstKey!.id}\\s+unused\\s+0 values`));
    const prune = await maeul("keys", "prune");
    expect(prune.output).toBe(`removed ${firstKey!.id}; kept ${current!.id}`);

    const verify = await maeul("audit", "verify");
    expect(verify.code).toBe(0);
    expect(verify.output).toMatch(/audit log: \d+ rows, chain intact; head #\d+ [0-9a-f]{64}/);
  });

  it("prints a new key for MAEUL_DATA_KEY", async () => {
    const generated = await maeul("keys", "generate");
    expect(generated.output).toMatch(/^k\d{8}-[0-9a-f]{6}:[A-Za-z0-9+/]{43}=$/);
  });

  it("refuses a PostgreSQL server without MAEUL_DATA_KEY, before connecting", async () => {
    process.env.DATABASE_URL = "postgres://nobody@127.0.0.1:1/none";
    try {
      const result = await maeul("keys", "status");
      expect(result.code).toBe(1);
      expect(result.output).toContain("DATABASE_URL is set but MAEUL_DATA_KEY is not");
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
