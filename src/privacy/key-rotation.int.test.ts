import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReferenceTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import { applyTestFieldKeys, TEST_DATA_KEY, TEST_DATA_KEY_2 } from "../../tests/helpers/test-keys.ts";
import { rowsOf, searchAudit } from "../audit/audit.repository.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import type { Db } from "../db/client.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { openPersonal, type ResidentPersonalStored } from "../residents/resident.rows.ts";
import { formatDataKeyList } from "./domain/data-keys.ts";
import { type Keyring, makeKeyring } from "./domain/field-envelope.ts";
import { loadKeyring, setFieldKeys } from "./field-keys.ts";
import { keyFilePath, readKeyFile, writeKeyFile } from "./key-file.ts";
import { keyUsage, type ReencryptCounts, reencryptAll } from "./reencrypt.ts";
import { pruneUnusedKeys, rotateDataKeys } from "./rotate-keys.ts";

type Raw = {
  resident_id: string;
  name_enc: string;
  phone_enc: string | null;
  address_enc: string | null;
  notes_enc: string | null;
};

async function readAll(db: Db, keyring: Keyring) {
  const rows = rowsOf<Raw>(await db.execute(sql`select * from resident_personal_data order by resident_id`));
  return rows.map((r) => {
    const stored: ResidentPersonalStored = {
      nameEnc: r.name_enc,
      phoneEnc: r.phone_enc,
      addressEnc: r.address_enc,
      notesEnc: r.notes_enc,
    };
    return { id: r.resident_id, ...openPersonal(r.resident_id, stored, keyring) };
  });
}

async function valuesPerKey(db: Db) {
  const perKey: Record<string, number> = {};
  for (const u of await keyUsage(db))
    perKey[u.keyId ?? "plaintext"] = (perKey[u.keyId ?? "plaintext"] ?? 0) + u.values;
  return perKey;
}

describe.each(await testDatabaseKinds())("data key rotation on %s", (kind) => {
  let database: TestDatabase;
  let plain: Awaited<ReturnType<typeof readAll>>;
  let totalValues: number;
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-keys-"));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    database = await createReferenceTestDatabase(kind);
    await seedDatabase(database.db, { regions: ["47940"], demo: true });
    plain = await readAll(database.db, makeKeyring([TEST_DATA_KEY]));
    totalValues = (await valuesPerKey(database.db))[TEST_DATA_KEY.id]!;
    expect(plain.length).toBeGreaterThan(100);
  });
  afterAll(async () => {
    applyTestFieldKeys();
    await database.dispose();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("re-encrypts every value under MAEUL_DATA_KEY's new first key, resumably, after which the old key can go", async () => {
    const both = makeKeyring([TEST_DATA_KEY_2, TEST_DATA_KEY]);
    // Interrupted after the first batch (each batch commits on its own).
    await expect(
      reencryptAll(database.db, both, {
        batchSize: 40,
        log: () => {
          throw new Error("power cut");
        },
      }),
    ).rejects.toThrow("power cut");
    const halfway = await valuesPerKey(database.db);
    expect(halfway[TEST_DATA_KEY_2.id]).toBeGreaterThan(0);
    expect(halfway[TEST_DATA_KEY.id]).toBeGreaterThan(0);

    const config = {
      databaseUrl: undefined,
      dataDir: tempDir(),
      dataKey: formatDataKeyList([...both.byId.values()]),
    };
    const result = await rotateDataKeys(database.db, config, { batchSize: 40 });
    expect(result).toMatchObject({
      source: "env",
      currentKeyId: "test2",
      generatedKeyId: null,
      unusedKeyIds: ["test1"],
    });
    // Every encrypted table (residents' personal data, cohort applications' declared facts,
    // allocation runs' proposals).
    expect(result.counts.map((c) => c.table)).toEqual([
      "resident_personal_data",
      "cohort_applications",
      "allocation_runs",
    ]);
    expect(sum(result.counts, "reencrypted")).toBe(halfway[TEST_DATA_KEY.id]);
    expect(sum(result.counts, "encrypted")).toBe(0);
    expect(result.counts[0]!.batches).toBeGreaterThan(1);
    expect(await valuesPerKey(database.db)).toEqual({ test2: totalValues });
    expect(fs.readdirSync(config.dataDir)).toEqual([]); // an env key never writes a key file

    // The old key is no longer needed, and no longer enough.
    expect(await readAll(database.db, makeKeyring([TEST_DATA_KEY_2]))).toEqual(plain);
    await expect(readAll(database.db, makeKeyring([TEST_DATA_KEY]))).rejects.toThrow(/not configured/);

    // Running it again touches nothing.
    const again = await rotateDataKeys(database.db, config, { batchSize: 40 });
    for (const counts of again.counts)
      expect(counts).toMatchObject({ rows: 0, reencrypted: 0, encrypted: 0 });
    const rotations = await searchAudit(database.db, { action: "key_rotate", page: 1, pageSize: 10 });
    expect(rotations.total).toBe(2);
    expect(rotations.rows[1]!.details).toMatchObject({ source: "env", unusedKeyIds: ["test1"] });
  });

  it("with the key file: makes a new key (0600), re-encrypts, finishes an interrupted run, prunes the old key", async () => {
    const dataDir = tempDir();
    const config = { databaseUrl: undefined, dataDir, dataKey: undefined };
    const first = loadKeyring(config);
    expect(first.source).toMatchObject({ kind: "file", created: true });
    expect(fs.statSync(keyFilePath(dataDir)).mode & 0o777).toBe(0o600);
    // Bring the data under the file's key (as a first start with this key file would have).
    setFieldKeys(first.keyring);
    await reencryptAll(database.db, makeKeyring([first.keyring.current, TEST_DATA_KEY_2]));
    const fileKeyId = first.keyring.current.id;
    expect(await valuesPerKey(database.db)).toEqual({ [fileKeyId]: totalValues });

    const rotated = await rotateDataKeys(database.db, config, { batchSize: 100 });
    expect(rotated.generatedKeyId).toMatch(/^k\d{8}-[0-9a-f]{6}$/);
    expect(rotated).toMatchObject({ source: "file", resumed: false, unusedKeyIds: [fileKeyId] });
    expect(sum(rotated.counts, "reencrypted")).toBe(totalValues);
    const file = readKeyFile(keyFilePath(dataDir));
    expect(file.keys.map((k) => k.id)).toEqual([rotated.generatedKeyId, fileKeyId]);
    expect(file.warnings).toEqual([]);
    expect(fs.statSync(keyFilePath(dataDir)).mode & 0o777).toBe(0o600);

    // Interrupt the next rotation halfway: running the command again finishes it, no third key.
    const next = loadKeyring(config).keyring;
    const third = { id: "k-third", key: Buffer.alloc(32, 3) };
    writeKeyFile(dataDir, [third, ...next.byId.values()], new Map());
    await expect(
      reencryptAll(database.db, makeKeyring([third, ...next.byId.values()]), {
        batchSize: 50,
        log: () => {
          throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    const resumed = await rotateDataKeys(database.db, config, { batchSize: 50 });
    expect(resumed).toMatchObject({ resumed: true, generatedKeyId: null, currentKeyId: "k-third" });
    expect(await valuesPerKey(database.db)).toEqual({ "k-third": totalValues });

    const pruned = await pruneUnusedKeys(database.db, config);
    expect(pruned).toEqual({ removed: [rotated.generatedKeyId, fileKeyId], kept: ["k-third"] });
    expect(readKeyFile(keyFilePath(dataDir)).keys.map((k) => k.id)).toEqual(["k-third"]);
    expect(await readAll(database.db, loadKeyring(config).keyring)).toEqual(plain);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("refuses to prune keys that come from MAEUL_DATA_KEY", async () => {
    const config = {
      databaseUrl: undefined,
      dataDir: tempDir(),
      dataKey: formatDataKeyList([TEST_DATA_KEY]),
    };
    await expect(pruneUnusedKeys(database.db, config)).rejects.toThrow(/MAEUL_DATA_KEY/);
  });
});

function sum(counts: readonly ReencryptCounts[], key: "reencrypted" | "encrypted"): number {
  return counts.reduce((total, c) => total + c[key], 0);
}
