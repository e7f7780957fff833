import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { TEST_DATA_KEY } from "../../tests/helpers/test-keys.ts";
import { rowsOf } from "../audit/audit.repository.ts";
import { findPersonalData } from "../residents/resident.repository.ts";
import { FieldDecryptionError, isEnvelope } from "./domain/field-envelope.ts";

type RawPersonal = {
  resident_id: string;
  name_enc: string;
  phone_enc: string | null;
  address_enc: string | null;
  notes_enc: string | null;
};

const NOTES = "휠체어 사용, 오전 통화 선호";

describe.each(await testDatabaseKinds())("personal data encrypted at rest on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
  });
  afterAll(() => t.dispose());

  const rawRows = async () =>
    rowsOf<RawPersonal>(
      await t.database.db.execute(sql`select * from resident_personal_data order by resident_id`),
    );
  const register = async (personal: Record<string, unknown> = {}) => {
    const body = residentBody();
    const res = await admin.request("POST", "/api/residents", {
      ...body,
      personal: { ...body.personal, ...personal },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  it("stores no plaintext: every value is an envelope under the current key", async () => {
    const resident = await register({ notes: NOTES });
    await register({ name: "김영희", phone: null, address: null });
    const rows = await rawRows();
    expect(rows).toHaveLength(2);
    const raw = JSON.stringify(rows);
    for (const secret of [
      "홍길동",
      "김영희",
      "1234-5678",
      "01012345678",
      "관악로",
      "101동",
      "휠체어",
      "통화",
    ]) {
      expect(raw).not.toContain(secret);
    }
    for (const row of rows) {
      for (const value of [row.name_enc, row.phone_enc, row.address_enc, row.notes_enc]) {
        if (value === null) continue;
        expect(value.startsWith(`v1:${TEST_DATA_KEY.id}:`)).toBe(true);
        expect(isEnvelope(value)).toBe(true);
      }
    }
    // Absent fields stay NULL rather than becoming ciphertext.
    expect(rows.filter((r) => r.phone_enc === null)).toHaveLength(1);
    expect(await findPersonalData(t.database.db, resident.id)).toEqual({
      name: "홍길동",
      phone: "010-1234-5678",
      address: "서울 관악구 관악로 1 101동 202호",
      notes: NOTES,
    });
  });

  it("keeps the API's resident shape: masked fields, no notes", async () => {
    const resident = await register({ notes: NOTES });
    expect(resident.personal).toEqual({
      name: "홍*동",
      phone: "010-****-5678",
      address: "서울 관악구 관악로 ***",
      masked: true,
    });
    expect(JSON.stringify(resident)).not.toContain("휠체어");
    const edited = await admin.request("PATCH", `/api/residents/${resident.id}`, {
      personal: { notes: "연락은 보호자에게", address: null },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.personal).toEqual({
      name: "홍*동",
      phone: "010-****-5678",
      address: null,
      masked: true,
    });
    expect(await findPersonalData(t.database.db, resident.id)).toMatchObject({
      address: null,
      notes: "연락은 보호자에게",
    });
  });

  it("checks notes like any stored text: at most 2000 characters, never a 주민등록번호", async () => {
    const long = await admin.request(
      "POST",
      "/api/residents",
      residentBody({
        personal: { name: "홍길동", notes: "가".repeat(2001) },
      }),
    );
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toMatchObject([{ field: "personal.notes" }]);
    const rrn = await admin.request(
      "POST",
      "/api/residents",
      residentBody({
        personal: { name: "홍길동", notes: "주민번호 800101-2345678" },
      }),
    );
    expect(rrn.status).toBe(400);
    expect(rrn.body.error.fields).toMatchObject([{ field: "personal.notes", reason: "looks_like_rrn" }]);
    expect((await register({ notes: "가".repeat(2000) })).personal.masked).toBe(true);
  });

  it("binds each value to its row and column: swapped ciphertexts do not decrypt", async () => {
    const a = await register({ name: "이순신" });
    const b = await register({ name: "강감찬" });
    await t.database.db.execute(sql`
      update resident_personal_data set name_enc = case resident_id
        when ${a.id}::uuid then (select name_enc from resident_personal_data where resident_id = ${b.id}::uuid)
        when ${b.id}::uuid then (select name_enc from resident_personal_data where resident_id = ${a.id}::uuid)
      end
      where resident_id in (${a.id}::uuid, ${b.id}::uuid)`);
    await expect(findPersonalData(t.database.db, a.id)).rejects.toThrow(FieldDecryptionError);
    await expect(findPersonalData(t.database.db, b.id)).rejects.toThrow(FieldDecryptionError);
    // Moved to another column of the same row: refused too.
    const c = await register({ name: "유관순" });
    await t.database.db.execute(
      sql`update resident_personal_data set address_enc = name_enc where resident_id = ${c.id}::uuid`,
    );
    await expect(findPersonalData(t.database.db, c.id)).rejects.toThrow(/does not authenticate/);
    // The API does not show someone else's name: it fails (and a bug report, not data, comes back).
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const read = await admin.request("GET", `/api/residents/${a.id}`).finally(() => quiet.mockRestore());
    expect(read.status).toBe(500);
    expect(JSON.stringify(read.body)).not.toContain("강");
  });
});
