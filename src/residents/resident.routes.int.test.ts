import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { snapToGrid } from "../shared/domain/geo.ts";
import { findPersonalData, insertResident } from "./resident.repository.ts";
import { toResidentRows } from "./resident.rows.ts";
import { ZResidentCreate } from "./resident.schema.ts";

type FieldError = { field: string; reason: string; messageKo: string; messageEn: string };
const fieldsOf = (body: { error: { fields?: FieldError[] } }) =>
  (body.error.fields ?? []).map((f) => f.field).sort();

describe.each(await testDatabaseKinds())("residents API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
  });
  afterAll(() => t.dispose());

  const register = async (overrides: Parameters<typeof residentBody>[0] = {}) => {
    const res = await admin.request("POST", "/api/residents", residentBody(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const ids = async (query: string) => {
    const res = await admin.request("GET", `/api/residents?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items.map((r: { id: string }) => r.id).sort();
  };

  it("registers a resident with masked personal fields and a grid-snapped location", async () => {
    const resident = await register();
    const input = residentBody();
    expect(resident).toMatchObject({
      regionCode: "11620",
      regionNameKo: "서울특별시 관악구",
      location: snapToGrid(input.location!),
      birthYear: 1958,
      availableHoursPerWeek: 6,
      status: "active",
      synthetic: false,
      personal: { name: "홍*동", phone: "010-****-5678", address: "서울 관악구 관악로 ***", masked: true },
      createdAt: "2026-03-02T00:00:00.000Z",
    });
    expect(resident.location).not.toEqual(input.location);
    const read = await admin.request("GET", `/api/residents/${resident.id}`);
    expect(read.body).toEqual(resident);
    // Stored in full (encrypted), apart from the matching row; only the response is masked.
    const personal = await findPersonalData(t.database.db, resident.id);
    expect(personal).toMatchObject({ name: "홍길동", phone: "010-1234-5678" });
    const listed = await admin.request("GET", "/api/residents?region=11620");
    for (const r of listed.body.items) expect(r.personal.masked).toBe(true);
    expect(JSON.stringify(listed.body)).not.toContain("홍길동");
    expect(JSON.stringify(listed.body)).not.toContain("1234-5678");
  });

  it("refuses someone younger than 15 at the injected date", async () => {
    const before = await countRows(t.database.db);
    const res = await admin.request("POST", "/api/residents", residentBody({ birthYear: 2012 }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject([{ field: "birthYear", reason: "too_young" }]);
    expect(res.body.error.fields[0].messageKo).toContain("2011");
    expect(await countRows(t.database.db)).toEqual(before);
    expect((await register({ birthYear: 2011 })).birthYear).toBe(2011);
  });

  it("lists every invalid field, nested ones by their dotted path", async () => {
    const res = await admin.request("POST", "/api/residents", {
      regionCode: "1162",
      birthYear: 1890,
      availability: [{ day: "mon", start: "09:15", end: "08:00" }],
      desiredHoursPerWeek: 6,
      maxTravelKm: 3,
      personal: { name: "", phone: "02-123-4567", address: "관악구 800101-2345678", nickname: "길동" },
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(
      [
        "regionCode",
        "birthYear",
        "availability.0.start",
        "personal.name",
        "personal.phone",
        "personal.address",
        "personal.nickname",
      ].sort(),
    );
    for (const f of res.body.error.fields as FieldError[]) {
      expect(f.messageKo).toBeTruthy();
      expect(f.messageEn).toBeTruthy();
    }
  });

  it("answers 422 for a well-formed but unknown 시군구", async () => {
    const res = await admin.request("POST", "/api/residents", residentBody({ regionCode: "99999" }));
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toMatchObject([{ field: "regionCode", reason: "unknown_region" }]);
  });

  it("filters by region, group, skill, interest, synthetic and status, and pages with a total", async () => {
    const a = await register({
      regionCode: "26350",
      groups: ["youth"],
      skills: ["computer_basics"],
      interests: ["education"],
    });
    const b = await register({ regionCode: "26350", groups: ["senior", "low_income"], skills: ["cooking"] });
    const c = await register({ regionCode: "26410", groups: ["disabled"], skills: ["computer_basics"] });
    const w = await register({ regionCode: "26410" });
    await admin.request("POST", `/api/residents/${w.id}/close`);
    expect(await ids("region=26")).toEqual([a.id, b.id, c.id].sort());
    expect(await ids("region=26350")).toEqual([a.id, b.id].sort());
    expect(await ids("region=26&group=low_income")).toEqual([b.id]);
    expect(await ids("region=26&skill=computer_basics")).toEqual([a.id, c.id].sort());
    expect(await ids("region=26&interest=education")).toEqual([a.id]);
    expect(await ids("region=26&synthetic=true")).toEqual([]);
    expect(await ids("region=26&synthetic=false")).toEqual([a.id, b.id, c.id].sort());
    expect(await ids("region=26&status=withdrawn")).toEqual([w.id]);
    const page = await admin.request("GET", "/api/residents?region=26&pageSize=2&page=2");
    expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page.body.items).toHaveLength(1);
    const bad = await admin.request("GET", "/api/residents?group=pilot&skill=flying&page=0");
    expect(fieldsOf(bad.body)).toEqual(["group", "page", "skill"]);
  });

  it("edits matching and personal fields in one request, keeping the rest", async () => {
    const resident = await register({ skills: ["elder_care", "driving"], groups: ["senior", "disabled"] });
    const res = await admin.request("PATCH", `/api/residents/${resident.id}`, {
      birthYear: 1960,
      location: { lat: 37.5, lng: 127.0 },
      personal: { name: "김영희", phone: null },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      birthYear: 1960,
      location: snapToGrid({ lat: 37.5, lng: 127.0 }),
      skills: ["elder_care", "driving"],
      groups: ["senior", "disabled"],
      remotePreference: "no",
      personal: { name: "김*희", phone: null, address: "서울 관악구 관악로 ***", masked: true },
    });
    const personal = await findPersonalData(t.database.db, resident.id);
    expect(personal).toMatchObject({
      name: "김영희",
      phone: null,
      address: "서울 관악구 관악로 1 101동 202호",
    });
  });

  it("refuses an edit that makes the resident too young, or names an unknown region, changing nothing", async () => {
    const resident = await register();
    const young = await admin.request("PATCH", `/api/residents/${resident.id}`, {
      birthYear: 2013,
      personal: { name: "새이름" },
    });
    expect(young.status).toBe(400);
    expect(fieldsOf(young.body)).toEqual(["birthYear"]);
    const region = await admin.request("PATCH", `/api/residents/${resident.id}`, {
      regionCode: "99999",
      personal: { name: "새이름" },
    });
    expect(region.status).toBe(422);
    expect((await admin.request("GET", `/api/residents/${resident.id}`)).body).toEqual(resident);
  });

  it("withdraws a resident, harmlessly twice, and refuses edits afterwards", async () => {
    const resident = await register();
    const closed = await admin.request("POST", `/api/residents/${resident.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe("withdrawn");
    expect((await admin.request("POST", `/api/residents/${resident.id}/close`)).body).toEqual(closed.body);
    const edit = await admin.request("PATCH", `/api/residents/${resident.id}`, { maxTravelKm: 5 });
    expect(edit.status).toBe(409);
    expect(await ids("region=11620")).not.toContain(resident.id);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const id = randomUUID();
    expect((await admin.request("GET", `/api/residents/${id}`)).status).toBe(404);
    expect((await admin.request("PATCH", `/api/residents/${id}`, { maxTravelKm: 5 })).status).toBe(404);
    expect((await admin.request("POST", `/api/residents/${id}/close`)).status).toBe(404);
    const bad = await admin.request("PATCH", "/api/residents/zzz", { maxTravelKm: 5 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(["id"]);
  });

  it("never leaves a resident without its personal row when the second insert fails", async () => {
    const before = await countRows(t.database.db);
    const rows = toResidentRows(ZResidentCreate.parse(residentBody()));
    // A personal row the database refuses (name is NOT NULL): the matching row must go too.
    const broken = { ...rows, personal: { ...rows.personal, name: null as unknown as string } };
    await expect(insertResident(t.database.db, broken)).rejects.toThrow();
    expect(await countRows(t.database.db)).toEqual(before);
  });
});
