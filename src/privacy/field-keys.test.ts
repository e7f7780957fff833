import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDataKeyList } from "./domain/data-keys.ts";
import { loadKeyring, MissingDataKeyError } from "./field-keys.ts";
import { keyFilePath } from "./key-file.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-keyfile-"));
  dirs.push(dir);
  return path.join(dir, "data");
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const envKey = formatDataKeyList([{ id: "prod1", key: Buffer.alloc(32, 5) }]);

describe("where the data keys come from", () => {
  it("embedded, with no key set: creates keys.json (0600) on first start and reads it afterwards", () => {
    const dataDir = tempDir();
    const first = loadKeyring({ databaseUrl: undefined, dataDir, dataKey: undefined });
    expect(first.source).toEqual({ kind: "file", path: keyFilePath(dataDir), created: true });
    expect(fs.statSync(keyFilePath(dataDir)).mode & 0o777).toBe(0o600);
    const second = loadKeyring({ databaseUrl: undefined, dataDir, dataKey: undefined });
    expect(second.source).toMatchObject({ created: false });
    expect(second.keyring.current).toEqual(first.keyring.current);
    expect(second.warnings).toEqual([]);
  });

  it("warns when others can read the key file, and refuses a file that is not one", () => {
    const dataDir = tempDir();
    loadKeyring({ databaseUrl: undefined, dataDir, dataKey: undefined });
    fs.chmodSync(keyFilePath(dataDir), 0o644);
    expect(loadKeyring({ databaseUrl: undefined, dataDir, dataKey: undefined }).warnings[0]).toMatch(
      /chmod 600/,
    );
    fs.writeFileSync(keyFilePath(dataDir), '{"version": 1, "keys": []}');
    expect(() => loadKeyring({ databaseUrl: undefined, dataDir, dataKey: undefined })).toThrow(
      /not a Maeul key file/,
    );
  });

  it("prefers MAEUL_DATA_KEY, and writes no file then", () => {
    const dataDir = tempDir();
    const loaded = loadKeyring({ databaseUrl: "postgres://x", dataDir, dataKey: envKey });
    expect(loaded.source).toEqual({ kind: "env" });
    expect(loaded.keyring.current.id).toBe("prod1");
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("refuses a PostgreSQL server deployment without MAEUL_DATA_KEY", () => {
    const load = () =>
      loadKeyring({ databaseUrl: "postgres://db/maeul", dataDir: tempDir(), dataKey: undefined });
    expect(load).toThrow(MissingDataKeyError);
    expect(load).toThrow(/MAEUL_DATA_KEY.*keys generate/s);
  });
});
