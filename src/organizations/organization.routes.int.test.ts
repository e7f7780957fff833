import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countRows,
  GWANAK_OFFICE,
  organizationBody,
  workItemBody,
} from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";

type FieldError = { field: string; reason: string; messageKo: string; messageEn: string };
const fieldsOf = (body: { error: { fields?: FieldError[] } }) =>
  (body.error.fields ?? []).map((f) => f.field);

describe.each(await testDatabaseKinds())("organizations API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
  });
  afterAll(() => t.dispose());

  const create = async (overrides: Parameters<typeof organizationBody>[0] = {}) => {
    const res = await admin.request("POST", "/api/organizations", organizationBody(overrides));
    expect(res.status).toBe(201);
    return res.body;
  };

  it("creates an organization and reads it back", async () => {
    const created = await create();
    expect(created).toMatchObject({
      name: "관악구 노인종합복지관",
      type: "welfare_centre",
      regionCode: "11620",
      location: GWANAK_OFFICE,
      phone: "02-880-1234",
      status: "active",
      synthetic: false,
      openWorkItems: 0,
      createdAt: "2026-03-02T00:00:00.000Z",
    });
    const read = await admin.request("GET", `/api/organizations/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
  });

  it("counts only the open work items of the organization", async () => {
    const org = await create({ name: "일감 세는 기관" });
    const first = await admin.request("POST", "/api/work-items", workItemBody(org.id));
    await admin.request("POST", "/api/work-items", workItemBody(org.id));
    await admin.request("POST", "/api/work-items", workItemBody(org.id, { status: "draft" }));
    await admin.request("POST", `/api/work-items/${first.body.id}/close`);
    const read = await admin.request("GET", `/api/organizations/${org.id}`);
    expect(read.body.openWorkItems).toBe(1);
  });

  it("filters by 시도 prefix, 시군구, type, status and words in the name", async () => {
    await create({ name: "해운대 마을기업 Maeul Works", type: "village_enterprise", regionCode: "26350" });
    await create({ name: "해운대구 보건소", type: "health_centre", regionCode: "26350" });
    await create({ name: "분당 청소년 문화의집", type: "culture_foundation", regionCode: "41135" });
    const names = async (query: string) => {
      const res = await admin.request("GET", `/api/organizations?${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((o: { name: string }) => o.name).sort();
    };
    expect(await names("region=26")).toEqual(["해운대 마을기업 Maeul Works", "해운대구 보건소"]);
    expect(await names("region=26350&type=health_centre")).toEqual(["해운대구 보건소"]);
    expect(await names("region=41")).toEqual(["분당 청소년 문화의집"]);
    expect(await names("q=해운대")).toEqual(["해운대 마을기업 Maeul Works", "해운대구 보건소"]);
    expect(await names(`q=${encodeURIComponent("maeul 마을")}`)).toEqual(["해운대 마을기업 Maeul Works"]);
    expect(await names(`q=${encodeURIComponent("보건소 마을")}`)).toEqual([]);
    expect(await names("q=%25")).toEqual([]);
  });

  it("pages with a total", async () => {
    for (const name of ["가 기관", "나 기관", "다 기관", "라 기관", "마 기관"])
      await create({ name, regionCode: "48310" });
    const first = await admin.request("GET", "/api/organizations?region=48310&pageSize=2");
    const third = await admin.request("GET", "/api/organizations?region=48310&pageSize=2&page=3");
    expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    expect(first.body.items.map((o: { name: string }) => o.name)).toEqual(["가 기관", "나 기관"]);
    expect(third.body.items.map((o: { name: string }) => o.name)).toEqual(["마 기관"]);
    const beyond = await admin.request("GET", "/api/organizations?region=48310&pageSize=2&page=9");
    expect(beyond.body).toMatchObject({ items: [], total: 5 });
  });

  it("edits only the given fields, and null clears a field", async () => {
    const org = await create({ name: "고칠 기관" });
    const res = await admin.request("PATCH", `/api/organizations/${org.id}`, {
      name: "고친 기관",
      location: null,
      phone: null,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "고친 기관",
      location: null,
      phone: null,
      address: org.address,
      type: org.type,
    });
  });

  it("closes an organization, harmlessly twice, and refuses edits and new work afterwards", async () => {
    const org = await create({ name: "닫을 기관" });
    const closed = await admin.request("POST", `/api/organizations/${org.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe("closed");
    expect((await admin.request("POST", `/api/organizations/${org.id}/close`)).body.status).toBe("closed");
    const edit = await admin.request("PATCH", `/api/organizations/${org.id}`, { name: "다시 연 기관" });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe("conflict");
    const listed = await admin.request(
      "GET",
      `/api/organizations?status=closed&q=${encodeURIComponent("닫을")}`,
    );
    expect(listed.body.total).toBe(1);
  });

  it("answers 400 with a Korean and English reason per field", async () => {
    const before = await countRows(t.database.db);
    const res = await admin.request("POST", "/api/organizations", {
      name: "가",
      type: "bank",
      phone: "12345",
      description: "대표자 800101-1234567",
      extra: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(fieldsOf(res.body).sort()).toEqual([
      "description",
      "extra",
      "name",
      "phone",
      "regionCode",
      "type",
    ]);
    for (const f of res.body.error.fields as FieldError[]) {
      expect(f.messageKo).toBeTruthy();
      expect(f.messageEn).toBeTruthy();
    }
    const reasons = Object.fromEntries(
      (res.body.error.fields as FieldError[]).map((f) => [f.field, f.reason]),
    );
    expect(reasons).toMatchObject({
      regionCode: "required",
      description: "looks_like_rrn",
      extra: "unknown_field",
    });
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it("refuses text PostgreSQL cannot store instead of failing with a 500", async () => {
    const res = await admin.request(
      "POST",
      "/api/organizations",
      organizationBody({ name: "기관\u0000이름" }),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(["name"]);
  });

  it("answers 422 for a well-formed but unknown 시군구", async () => {
    const before = await countRows(t.database.db);
    const res = await admin.request("POST", "/api/organizations", organizationBody({ regionCode: "99999" }));
    expect(res.status).toBe(422);
    expect(res.body.error.fields[0]).toMatchObject({ field: "regionCode", reason: "unknown_region" });
    const org = await create({ name: "지역 바꿀 기관" });
    const edit = await admin.request("PATCH", `/api/organizations/${org.id}`, { regionCode: "99999" });
    expect(edit.status).toBe(422);
    expect(await countRows(t.database.db)).toEqual({ ...before, organizations: before!.organizations! + 1 });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const id = randomUUID();
    for (const [method, path] of [
      ["GET", `/api/organizations/${id}`],
      ["PATCH", `/api/organizations/${id}`],
      ["POST", `/api/organizations/${id}/close`],
    ] as const) {
      const res = await admin.request(method, path, method === "PATCH" ? { name: "없는 기관" } : undefined);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const bad = await admin.request("GET", "/api/organizations/not-a-uuid");
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(["id"]);
  });

  it("answers 400 for a body that is not JSON, and for query values out of range", async () => {
    const res = await admin.request("POST", "/api/organizations", "{name: 관악");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
    // Another media type is refused before validation, with the same JSON error shape.
    const form = await admin.request("POST", "/api/organizations", JSON.stringify(organizationBody()), {
      headers: { "Content-Type": "text/plain" },
    });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe("unsupported_media_type");
    const query = await admin.request("GET", "/api/organizations?pageSize=1000&region=1&status=gone");
    expect(query.status).toBe(400);
    expect(fieldsOf(query.body).sort()).toEqual(["pageSize", "region", "status"]);
  });
});
