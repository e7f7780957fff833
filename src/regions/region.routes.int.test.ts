import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";

describe.each(await testDatabaseKinds())("regions API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  it("reports health with the database kind", async () => {
    const res = await t.request("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", db: kind });
  });

  it("lists the 250 시군구 with real population, 관악구 among them", async () => {
    const res = await t.request("GET", "/api/regions?level=sigungu");
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(250);
    const gwanak = res.body.items.find((r: { code: string }) => r.code === "11620");
    expect(gwanak).toMatchObject({
      nameKo: "관악구",
      nameEn: "Gwanak-gu",
      fullNameKo: "서울특별시 관악구",
      population: 479179,
    });
  });

  it("lists the 17 시도, whose populations add up to the national total", async () => {
    const res = await t.request("GET", "/api/regions?level=sido");
    expect(res.body.items).toHaveLength(17);
    const total = res.body.items.reduce((sum: number, r: { population: number }) => sum + r.population, 0);
    expect(total).toBe(51_175_725);
  });

  it("returns a 시군구 with demographics and 2022 senior jobs", async () => {
    const res = await t.request("GET", "/api/regions/11620");
    expect(res.status).toBe(200);
    const d = res.body.demographics;
    expect(d.populationByAge).toHaveLength(101);
    expect(d.populationByAge.reduce((a: number, b: number) => a + b, 0)).toBe(479179);
    expect(d.households).toBe(286279);
    expect(d.disabledRegistered).toBe(19959);
    expect(d.employmentRate).toBe(60);
    expect(d.employmentScope).toBe("sigungu");
    expect(res.body.seniorJobs2022.projects).toBeGreaterThan(0);
  });

  it("gives an 일반구 its city's employment rate, marked as such, and the city-wide senior jobs", async () => {
    const res = await t.request("GET", "/api/regions/41115");
    expect(res.body.cityNameKo).toBe("수원시");
    expect(res.body.demographics.employmentScope).toBe("city");
    expect(res.body.seniorJobs2022.cityWide.projects).toBeGreaterThan(0);
  });

  it("returns a 시도 with its 시군구", async () => {
    const res = await t.request("GET", "/api/regions/11");
    expect(res.status).toBe(200);
    expect(res.body.children).toHaveLength(25);
  });

  it("serves boundaries as GeoJSON", async () => {
    const res = await t.request("GET", "/api/regions/11/boundary?children=true");
    expect(res.status).toBe(200);
    expect(res.body.features).toHaveLength(25);
    expect(["Polygon", "MultiPolygon"]).toContain(res.body.features[0].geometry.type);
  });

  it("answers 404 for an unknown code and 400 for a malformed one", async () => {
    const missing = await t.request("GET", "/api/regions/99999");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    const bad = await t.request("GET", "/api/regions/abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: "code" });
    expect(bad.body.error.fields[0].messageKo).toBeTruthy();
    const badLevel = await t.request("GET", "/api/regions?level=dong");
    expect(badLevel.status).toBe(400);
    expect(badLevel.body.error.fields[0].field).toBe("level");
  });

  it("publishes OpenAPI 3.1 and a docs page", async () => {
    const doc = await t.request("GET", "/api/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    expect(doc.body.servers[0].url).toBe("/api");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(["/regions/{code}", "/work-items", "/residents/{id}"]),
    );
    const page = await t.request("GET", "/api/docs");
    expect(page.status).toBe(200);
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const res = await t.request("GET", "/api/nope");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
