import os from "node:os";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { applyTestFieldKeys, TEST_DATA_KEY, TEST_DATA_KEY_2 } from "../../tests/helpers/test-keys.ts";
import { rowsOf, searchAudit } from "../audit/audit.repository.ts";
import { formatDataKeyList } from "../privacy/domain/data-keys.ts";
import { makeKeyring } from "../privacy/domain/field-envelope.ts";
import { setFieldKeys } from "../privacy/field-keys.ts";
import { rotateDataKeys } from "../privacy/rotate-keys.ts";
import { LOOKUP_STEP_META_KEY, lookupKeyUsage, refreshResidentLookups } from "./resident-lookups.step.ts";

/**
 * The walk-in lookup (decision 0010): officers find a person by name, phone's last four digits
 * and birth year through blind indexes, within their region, masked, every search audited; the
 * indexes follow edits, are filled for older rows by the start-up step, and follow key rotation.
 */
describe.each(await testDatabaseKinds())("walk-in resident lookup on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: Awaited<ReturnType<typeof t.signedIn>>;
  const ids = { older: "", younger: "", suwon: "" };
  const person = (name: string, phone: string, birthYear: number, regionCode = "11620") =>
    residentBody({ regionCode, birthYear, personal: { name, phone, address: "서울 관악구 관악로 1" } });

  beforeAll(async () => {
    t = await createTestApp(kind);
    officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const admin = await t.signedIn("system_admin");
    ids.older = (
      await officer.request("POST", "/api/residents", person("홍길동", "010-1111-5678", 1958))
    ).body.id;
    ids.younger = (
      await officer.request("POST", "/api/residents", person("홍길동", "010-2222-9999", 1975))
    ).body.id;
    ids.suwon = (
      await admin.request("POST", "/api/residents", person("홍길동", "010-3333-5678", 1958, "41115"))
    ).body.id;
    await officer.request("POST", "/api/residents", person("홍길순", "010-1111-5678", 1958));
  });
  afterAll(async () => {
    applyTestFieldKeys();
    await t.dispose();
  });

  const lookup = (query: string, client = officer) => client.request("GET", `/api/residents/lookup?${query}`);
  const found = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

  it("finds namesakes in the officer's district only, masked, however the name is spaced", async () => {
    const res = await lookup(`name=${encodeURIComponent(" 홍 길동 ")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(found(res.body)).toEqual([ids.older, ids.younger].sort());
    expect(res.body.more).toBe(false);
    expect(res.body.items[0].personal).toMatchObject({ name: "홍*동", masked: true });
    expect(JSON.stringify(res.body)).not.toContain("홍길동");
    expect(JSON.stringify(res.body)).not.toContain("1111-5678");
  });

  it("narrows by the phone's last four digits and by birth year", async () => {
    const name = encodeURIComponent("홍길동");
    expect(found((await lookup(`name=${name}&phoneLast4=5678`)).body)).toEqual([ids.older]);
    expect(found((await lookup(`name=${name}&birthYear=1975`)).body)).toEqual([ids.younger]);
    expect(found((await lookup(`name=${name}&phoneLast4=5678&birthYear=1975`)).body)).toEqual([]);
    expect(found((await lookup(`name=${encodeURIComponent("김없음")}`)).body)).toEqual([]);
  });

  it("lets an administrator narrow to a region, and follows an edited phone number", async () => {
    const admin = await t.signedIn("system_admin");
    const name = encodeURIComponent("홍길동");
    expect(found((await lookup(`name=${name}&phoneLast4=5678`, admin)).body)).toEqual(
      [ids.older, ids.suwon].sort(),
    );
    expect(found((await lookup(`name=${name}&phoneLast4=5678&region=41`, admin)).body)).toEqual([ids.suwon]);
    const edited = await officer.request("PATCH", `/api/residents/${ids.younger}`, {
      personal: { phone: "010-2222-4321" },
    });
    expect(edited.status).toBe(200);
    expect(found((await lookup(`name=${name}&phoneLast4=4321`)).body)).toEqual([ids.younger]);
    expect(found((await lookup(`name=${name}&phoneLast4=9999`)).body)).toEqual([]);
  });

  it("refuses bad input with the field named (400) and callers without the use-case (401/403)", async () => {
    const bad = await lookup("name=%ED%99%8D&phoneLast4=12a4&birthYear=abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      "birthYear",
      "phoneLast4",
    ]);
    expect((await lookup("phoneLast4=1234")).body.error.fields[0].field).toBe("name");
    const resident = await t.signedIn("resident", { residentId: ids.older });
    expect((await lookup("name=x", resident)).status).toBe(403);
    const staff = await t.signedIn("institution_staff");
    expect((await lookup("name=x", staff)).status).toBe(403);
    expect((await t.request("GET", "/api/residents/lookup?name=x")).status).toBe(401);
    // Another district's resident cannot be found by its officer's neighbour, even by its exact facts.
    const suwonOfficer = await t.signedIn("district_officer", { regionCode: "41115" });
    expect(found((await lookup(`name=${encodeURIComponent("홍길동")}`, suwonOfficer)).body)).toEqual([
      ids.suwon,
    ]);
  });

  it("audits each search: who, which kinds of criteria (never their values), whom it showed", async () => {
    await lookup(`name=${encodeURIComponent("홍길동")}&phoneLast4=5678`);
    const { rows } = await searchAudit(t.database.db, {
      action: "list",
      subjectType: "resident",
      page: 1,
      pageSize: 100,
    });
    const entry = rows.find(
      (r) =>
        (r.details as { lookup?: string }).lookup === "walk_in" &&
        JSON.stringify((r.details as { criteria: string[] }).criteria) === '["name","phoneLast4"]',
    );
    expect(entry).toMatchObject({
      actorRole: "district_officer",
      regionCode: "11620",
      details: { count: 1, more: false, residentIds: [ids.older] },
    });
    const logged = JSON.stringify(rows.map((r) => r.details));
    expect(logged).not.toContain("홍길동");
    expect(logged).not.toContain("5678");
  });

  it("stores fingerprints, not values; fills rows written before them; follows `keys rotate`", async () => {
    const db = t.database.db;
    const stored = rowsOf<{ name_lookup: string; phone_lookup: string; resident_id: string }>(
      await db.execute(sql`select resident_id, name_lookup, phone_lookup from resident_personal_data`),
    );
    expect(stored.every((r) => r.name_lookup.startsWith(`${TEST_DATA_KEY.id}:`))).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/홍|5678/);

    // Rows from before migration 0013 have no indexes: the start-up step fills them, once.
    await db.execute(sql`update resident_personal_data set name_lookup = null, phone_lookup = null`);
    await db.execute(sql`delete from app_meta where key = ${LOOKUP_STEP_META_KEY}`);
    expect(found((await lookup(`name=${encodeURIComponent("홍길동")}`)).body)).toEqual([]);
    const keyring = makeKeyring([TEST_DATA_KEY]);
    const filled = await refreshResidentLookups(db, keyring, { batchSize: 2 });
    expect(filled).toMatchObject({ ran: true, refreshed: stored.length });
    expect(filled.batches).toBeGreaterThan(1);
    expect(found((await lookup(`name=${encodeURIComponent("홍길동")}`)).body)).toEqual(
      [ids.older, ids.younger].sort(),
    );
    expect(await refreshResidentLookups(db, keyring)).toMatchObject({ ran: false });
    expect(await refreshResidentLookups(db, keyring, { force: true })).toMatchObject({
      ran: true,
      refreshed: 0,
    });
    const migrations = await searchAudit(db, { action: "data_migration", page: 1, pageSize: 10 });
    expect(migrations.rows.filter((r) => r.subjectType === "resident_lookups")).toHaveLength(1);

    // A new current key: until the indexes move, searches try every known key; `keys rotate`
    // moves them with the ciphertexts, and only then may the old key go.
    setFieldKeys(makeKeyring([TEST_DATA_KEY_2, TEST_DATA_KEY]));
    expect(found((await lookup(`name=${encodeURIComponent("홍길동")}&phoneLast4=5678`)).body)).toEqual([
      ids.older,
    ]);
    const config = (keys: (typeof TEST_DATA_KEY)[]) => ({
      databaseUrl: undefined,
      dataDir: os.tmpdir(),
      dataKey: formatDataKeyList(keys),
    });
    const rotated = await rotateDataKeys(db, config([TEST_DATA_KEY_2, TEST_DATA_KEY]));
    expect(rotated.unusedKeyIds).toEqual([TEST_DATA_KEY.id]);
    expect(await lookupKeyUsage(db)).toEqual([{ keyId: TEST_DATA_KEY_2.id, values: stored.length * 2 }]);
    const rotation = await searchAudit(db, { action: "key_rotate", page: 1, pageSize: 1 });
    expect(rotation.rows[0]!.details).toMatchObject({ lookupsRefreshed: stored.length });
    expect(found((await lookup(`name=${encodeURIComponent("홍길동")}&phoneLast4=5678`)).body)).toEqual([
      ids.older,
    ]);
    // Back under the test key for the rest of the file.
    await rotateDataKeys(db, config([TEST_DATA_KEY, TEST_DATA_KEY_2]));
    applyTestFieldKeys();
    expect(await lookupKeyUsage(db)).toEqual([{ keyId: TEST_DATA_KEY.id, values: stored.length * 2 }]);
  });
});
