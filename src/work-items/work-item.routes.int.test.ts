import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countRows,
  GWANAK_OFFICE,
  organizationBody,
  workItemBody,
} from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { distanceKm } from "../shared/domain/geo.ts";

type FieldError = { field: string; reason: string; messageKo: string; messageEn: string };
const fieldsOf = (body: { error: { fields?: FieldError[] } }) =>
  (body.error.fields ?? []).map((f) => f.field).sort();
const reasonOf = (body: { error: { fields?: FieldError[] } }, field: string) =>
  body.error.fields?.find((f) => f.field === field)?.reason;

const SEOUL_CITY_HALL = { lat: 37.566_3, lng: 126.977_9 };
const BUNDANG_OFFICE = { lat: 37.382_6, lng: 127.118_9 };

describe.each(await testDatabaseKinds())("work items API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
    orgId = (await admin.request("POST", "/api/organizations", organizationBody())).body.id;
  });
  afterAll(() => t.dispose());

  const newOrganization = async (overrides: Parameters<typeof organizationBody>[0] = {}) =>
    (await admin.request("POST", "/api/organizations", organizationBody(overrides))).body.id as string;
  const post = async (overrides: Parameters<typeof workItemBody>[1] = {}, organizationId = orgId) => {
    const res = await admin.request("POST", "/api/work-items", workItemBody(organizationId, overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const titles = async (query: string) => {
    const res = await admin.request("GET", `/api/work-items?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items.map((i: { title: string }) => i.title).sort();
  };

  it("creates an item in the organization's region, with its organization and region name", async () => {
    const item = await post();
    expect(item).toMatchObject({
      organizationId: orgId,
      organization: { id: orgId, name: "관악구 노인종합복지관", type: "welfare_centre", synthetic: false },
      regionCode: "11620",
      regionNameKo: "서울특별시 관악구",
      status: "open",
      remote: false,
      requiredSkills: ["elder_care"],
      preferredSkills: [],
      closedAt: null,
    });
    expect(item.distanceKm).toBeUndefined();
    const read = await admin.request("GET", `/api/work-items/${item.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(item);
  });

  it("takes another 시군구 when given one", async () => {
    const item = await post({ regionCode: "11680" });
    expect(item).toMatchObject({ regionCode: "11680", regionNameKo: "서울특별시 강남구" });
  });

  it("answers 422 for an unknown or closed organization and an unknown region, writing nothing", async () => {
    const closedId = await newOrganization({ name: "문 닫은 기관" });
    await admin.request("POST", `/api/organizations/${closedId}/close`);
    const before = await countRows(t.database.db);
    const missing = await admin.request("POST", "/api/work-items", workItemBody(randomUUID()));
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toMatchObject([
      { field: "organizationId", reason: "organization_not_found" },
    ]);
    const closed = await admin.request("POST", "/api/work-items", workItemBody(closedId));
    expect(closed.status).toBe(422);
    expect(closed.body.error.fields).toMatchObject([
      { field: "organizationId", reason: "organization_closed" },
    ]);
    const region = await admin.request(
      "POST",
      "/api/work-items",
      workItemBody(orgId, { regionCode: "99999" }),
    );
    expect(region.status).toBe(422);
    expect(region.body.error.fields).toMatchObject([{ field: "regionCode", reason: "unknown_region" }]);
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it("checks the rules between fields, each with its reason in Korean and English", async () => {
    const res = await admin.request(
      "POST",
      "/api/work-items",
      workItemBody(orgId, {
        startDate: "2026-05-01",
        endDate: "2026-04-30",
        hoursPerWeek: 20,
        hourlyWage: 9_000,
        placeName: null,
      }),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(["endDate", "hourlyWage", "hoursPerWeek", "placeName"]);
    expect(reasonOf(res.body, "endDate")).toBe("end_date_before_start");
    expect(reasonOf(res.body, "hoursPerWeek")).toBe("hours_exceed_schedule");
    expect(reasonOf(res.body, "hourlyWage")).toBe("below_minimum_wage");
    expect(reasonOf(res.body, "placeName")).toBe("place_required");
    for (const f of res.body.error.fields as FieldError[]) {
      expect(f.messageKo).toMatch(/[가-힣]/);
      expect(f.messageEn).toBeTruthy();
    }
    expect(res.body.error.fields.find((f: FieldError) => f.field === "hourlyWage").messageKo).toContain(
      "10,320",
    );
  });

  it("lists every missing field, refuses unknown ones and dates PostgreSQL cannot hold", async () => {
    const empty = await admin.request("POST", "/api/work-items", { surprise: 1 });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.body)).toEqual(
      [
        "category",
        "description",
        "endDate",
        "headcount",
        "hourlyWage",
        "hoursPerWeek",
        "kind",
        "organizationId",
        "schedule",
        "startDate",
        "surprise",
        "title",
      ].sort(),
    );
    expect(reasonOf(empty.body, "title")).toBe("required");
    expect(reasonOf(empty.body, "surprise")).toBe("unknown_field");
    const ancient = await admin.request(
      "POST",
      "/api/work-items",
      workItemBody(orgId, { startDate: "0000-01-01" }),
    );
    expect(ancient.status).toBe(400);
    expect(fieldsOf(ancient.body)).toEqual(["startDate"]);
  });

  it("finds Korean words anywhere in the title or description, every word required", async () => {
    const org = await newOrganization({ name: "검색 기관" });
    await post({ title: "어르신 말벗 돌봄", description: "주 2회 방문" }, org);
    await post({ title: "공원 청소", description: "어르신과 함께하는 Green Walk 환경 정비" }, org);
    await post({ title: "할인율 100% 안내_도우미", description: "전통시장 안내" }, org);
    const q = (words: string) => titles(`organizationId=${org}&q=${encodeURIComponent(words)}`);
    expect(await q("말벗")).toEqual(["어르신 말벗 돌봄"]);
    expect(await q("어르신")).toEqual(["공원 청소", "어르신 말벗 돌봄"]);
    expect(await q("  어르신   청소 ")).toEqual(["공원 청소"]);
    expect(await q("말벗 청소")).toEqual([]);
    expect(await q("green WALK")).toEqual(["공원 청소"]);
    expect(await q("말벗".normalize("NFD"))).toEqual(["어르신 말벗 돌봄"]);
    // LIKE wildcards are plain characters in a search.
    expect(await q("100%")).toEqual(["할인율 100% 안내_도우미"]);
    expect(await q("%")).toEqual(["할인율 100% 안내_도우미"]);
    expect(await q("_")).toEqual(["할인율 100% 안내_도우미"]);
    expect(await q("내_도")).toEqual(["할인율 100% 안내_도우미"]);
    expect(await q("말_")).toEqual([]);
    const nul = await admin.request("GET", "/api/work-items?q=%00");
    expect(nul.status).toBe(400);
    expect(fieldsOf(nul.body)).toEqual(["q"]);
  });

  it("filters by region, categories, kinds, status, target group and remote", async () => {
    const seoul = await newOrganization({ name: "필터 기관 서울", regionCode: "11620" });
    const busan = await newOrganization({ name: "필터 기관 부산", regionCode: "26350" });
    await post({ title: "서울 돌봄", category: "care", kind: "short", targetGroups: ["senior"] }, seoul);
    await post(
      { title: "서울 교육", category: "education", kind: "medium_term", targetGroups: ["youth"] },
      seoul,
    );
    await post({ title: "서울 초안", category: "care", status: "draft" }, seoul);
    await post(
      {
        title: "부산 원격",
        category: "digital_help",
        kind: "one_off",
        remote: true,
        placeName: null,
        location: null,
      },
      busan,
    );
    const both = `q=${encodeURIComponent("서울")}`;
    expect(await titles("region=26&remote=true")).toEqual(["부산 원격"]);
    expect(await titles(`region=11620&${both}`)).toEqual(["서울 교육", "서울 돌봄"]);
    expect(await titles(`organizationId=${seoul}&category=care`)).toEqual(["서울 돌봄"]);
    expect(await titles(`organizationId=${seoul}&category=care,education`)).toEqual([
      "서울 교육",
      "서울 돌봄",
    ]);
    expect(await titles(`organizationId=${seoul}&kind=medium_term`)).toEqual(["서울 교육"]);
    expect(await titles(`organizationId=${seoul}&targetGroup=youth`)).toEqual(["서울 교육"]);
    expect(await titles(`organizationId=${seoul}&status=draft`)).toEqual(["서울 초안"]);
    expect(await titles(`organizationId=${seoul}&status=draft,open`)).toEqual([
      "서울 교육",
      "서울 돌봄",
      "서울 초안",
    ]);
    expect(await titles(`organizationId=${busan}&remote=false`)).toEqual([]);
    const bad = await admin.request(
      "GET",
      "/api/work-items?category=care,cooking&status=deleted&remote=maybe",
    );
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(["category.1", "remote", "status.0"]);
  });

  it("keeps only items within the radius, with their haversine distance, nearest first", async () => {
    const org = await newOrganization({ name: "거리 기관" });
    await post({ title: "구청 앞" }, org);
    await post({ title: "시청 앞", location: SEOUL_CITY_HALL }, org);
    await post({ title: "분당", location: BUNDANG_OFFICE }, org);
    await post({ title: "원격", remote: true, placeName: null, location: null }, org);
    const toCityHall = distanceKm(GWANAK_OFFICE, SEOUL_CITY_HALL);
    expect(toCityHall).toBeGreaterThan(9);
    expect(toCityHall).toBeLessThan(11);
    const near = (radiusKm: number, extra = "") =>
      admin.request(
        "GET",
        `/api/work-items?organizationId=${org}&lat=${GWANAK_OFFICE.lat}&lng=${GWANAK_OFFICE.lng}&radiusKm=${radiusKm}${extra}`,
      );
    const inside = await near(toCityHall + 0.05, "&sort=distance");
    expect(inside.body.items.map((i: { title: string }) => i.title)).toEqual(["구청 앞", "시청 앞"]);
    expect(inside.body.total).toBe(2);
    expect(inside.body.items[0].distanceKm).toBe(0);
    expect(inside.body.items[1].distanceKm).toBeCloseTo(toCityHall, 3);
    const outside = await near(toCityHall - 0.05);
    expect(outside.body.items.map((i: { title: string }) => i.title)).toEqual(["구청 앞"]);
    const wide = await near(50, "&sort=distance");
    expect(wide.body.items.map((i: { title: string }) => i.title)).toEqual(["구청 앞", "시청 앞", "분당"]);
    expect(wide.body.items[2].distanceKm).toBeCloseTo(distanceKm(GWANAK_OFFICE, BUNDANG_OFFICE), 3);
  });

  it("needs lat, lng and radiusKm together", async () => {
    const partial = await admin.request("GET", "/api/work-items?lat=37.5&radiusKm=3");
    expect(partial.status).toBe(400);
    expect(fieldsOf(partial.body)).toEqual(["lng"]);
    expect(partial.body.error.fields[0].reason).toBe("near_needs_all");
    const sortOnly = await admin.request("GET", "/api/work-items?sort=distance");
    expect(fieldsOf(sortOnly.body)).toEqual(["sort"]);
    const far = await admin.request("GET", "/api/work-items?lat=10&lng=127&radiusKm=500");
    expect(fieldsOf(far.body)).toEqual(["lat", "radiusKm"]);
  });

  it("sorts by wage, start date and newest, and pages with a total", async () => {
    const org = await newOrganization({ name: "정렬 기관" });
    const a = await post({ title: "일감 가", hourlyWage: 12_000, startDate: "2026-04-01" }, org);
    const b = await post({ title: "일감 나", hourlyWage: 15_000, startDate: "2026-03-20" }, org);
    const c = await post({ title: "일감 다", hourlyWage: 11_000, startDate: "2026-05-01" }, org);
    const order = async (query: string) =>
      (await admin.request("GET", `/api/work-items?organizationId=${org}&${query}`)).body.items.map(
        (i: { title: string }) => i.title,
      );
    expect(await order("sort=wage")).toEqual(["일감 나", "일감 가", "일감 다"]);
    expect(await order("sort=start_date")).toEqual(["일감 나", "일감 가", "일감 다"]);
    const stamp = (id: string, at: string) =>
      t.database.db.execute(sql`update work_items set created_at = ${at}::timestamptz where id = ${id}`);
    await stamp(a.id, "2026-03-01T10:00:00Z");
    await stamp(b.id, "2026-03-01T09:00:00Z");
    await stamp(c.id, "2026-03-01T11:00:00Z");
    expect(await order("sort=newest")).toEqual(["일감 다", "일감 가", "일감 나"]);
    expect(await order("")).toEqual(["일감 다", "일감 가", "일감 나"]);
    const page1 = await admin.request("GET", `/api/work-items?organizationId=${org}&sort=wage&pageSize=2`);
    const page2 = await admin.request(
      "GET",
      `/api/work-items?organizationId=${org}&sort=wage&pageSize=2&page=2`,
    );
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page2.body.items.map((i: { title: string }) => i.title)).toEqual(["일감 다"]);
    expect(page2.body.total).toBe(3);
  });

  it("edits only the given fields and keeps the rest, defaults included", async () => {
    const item = await post({ preferredSkills: ["driving"], targetGroups: ["senior", "disabled"] });
    const res = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      title: "어르신 말벗 방문 돌봄",
      status: "filled",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      title: "어르신 말벗 방문 돌봄",
      status: "filled",
      remote: false,
      requiredSkills: ["elder_care"],
      preferredSkills: ["driving"],
      targetGroups: ["senior", "disabled"],
      startDate: item.startDate,
      createdAt: item.createdAt,
    });
    const remote = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      remote: true,
      placeName: null,
      location: null,
    });
    expect(remote.body).toMatchObject({ remote: true, placeName: null, location: null });
  });

  it("checks the merged item with the create rules", async () => {
    const item = await post({ startDate: "2026-04-01", endDate: "2026-04-30" });
    const before = await admin.request("GET", `/api/work-items/${item.id}`);
    const endBeforeStart = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      endDate: "2026-03-31",
    });
    expect(endBeforeStart.status).toBe(400);
    expect(endBeforeStart.body.error.fields).toMatchObject([
      { field: "endDate", reason: "end_date_before_start" },
    ]);
    const tooManyHours = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      schedule: [{ day: "mon", start: "09:00", end: "11:00" }],
    });
    expect(tooManyHours.body.error.fields).toMatchObject([
      { field: "hoursPerWeek", reason: "hours_exceed_schedule" },
    ]);
    const onSiteWithoutPlace = await admin.request("PATCH", `/api/work-items/${item.id}`, { location: null });
    expect(onSiteWithoutPlace.body.error.fields).toMatchObject([
      { field: "location", reason: "place_required" },
    ]);
    const cheap = await admin.request("PATCH", `/api/work-items/${item.id}`, { hourlyWage: 10_000 });
    expect(cheap.body.error.fields).toMatchObject([{ field: "hourlyWage", reason: "below_minimum_wage" }]);
    const notEditable = await admin.request("PATCH", `/api/work-items/${item.id}`, {
      organizationId: randomUUID(),
      status: "closed",
    });
    expect(notEditable.status).toBe(400);
    expect(fieldsOf(notEditable.body)).toEqual(["organizationId", "status"]);
    const region = await admin.request("PATCH", `/api/work-items/${item.id}`, { regionCode: "99999" });
    expect(region.status).toBe(422);
    expect((await admin.request("GET", `/api/work-items/${item.id}`)).body).toEqual(before.body);
  });

  it("closes an item at the injected time, harmlessly twice, and refuses edits afterwards", async () => {
    const item = await post();
    const closed = await admin.request("POST", `/api/work-items/${item.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", closedAt: "2026-03-02T00:00:00.000Z" });
    const again = await admin.request("POST", `/api/work-items/${item.id}/close`);
    expect(again.body).toEqual(closed.body);
    const edit = await admin.request("PATCH", `/api/work-items/${item.id}`, { title: "다시 열기" });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe("conflict");
    expect(await titles(`organizationId=${orgId}&status=closed`)).toContain(item.title);
  });

  it("refuses to close or edit a cancelled item", async () => {
    const item = await post();
    await t.database.db.execute(sql`update work_items set status = 'cancelled' where id = ${item.id}`);
    expect((await admin.request("POST", `/api/work-items/${item.id}/close`)).status).toBe(409);
    expect((await admin.request("PATCH", `/api/work-items/${item.id}`, { headcount: 2 })).status).toBe(409);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const id = randomUUID();
    expect((await admin.request("GET", `/api/work-items/${id}`)).status).toBe(404);
    expect((await admin.request("PATCH", `/api/work-items/${id}`, { headcount: 2 })).status).toBe(404);
    const close = await admin.request("POST", `/api/work-items/${id}/close`);
    expect(close.status).toBe(404);
    expect(close.body.error).toMatchObject({ code: "not_found" });
    for (const path of ["/api/work-items/123", "/api/work-items/123/close"]) {
      const bad = await admin.request(path.endsWith("close") ? "POST" : "GET", path);
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body)).toEqual(["id"]);
    }
    const badFilter = await admin.request("GET", "/api/work-items?organizationId=abc");
    expect(fieldsOf(badFilter.body)).toEqual(["organizationId"]);
  });

  it("publishes the work item routes in OpenAPI", async () => {
    const doc = await admin.request("GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/organizations",
        "/organizations/{id}",
        "/organizations/{id}/close",
        "/work-items",
        "/work-items/{id}",
        "/work-items/{id}/close",
        "/residents",
        "/residents/{id}",
        "/residents/{id}/close",
      ]),
    );
    expect(doc.body.components.schemas).toHaveProperty("WorkItemCreate");
  });
});
