import { gunzipSync } from "node:zlib";
import { feature } from "topojson-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import type { BoundaryTopology } from "./domain/boundary-topology.ts";
import { acceptsGzip, matchesEtag } from "./region-map.routes.ts";

describe("matchesEtag and acceptsGzip", () => {
  it("compares ETags weakly and reads q-values", () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe.each(await testDatabaseKinds())("GET /api/regions/map/sigungu on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  it("serves all 250 시군구 as TopoJSON, publicly, far smaller than the stored GeoJSON", async () => {
    const res = await t.request("GET", "/api/regions/map/sigungu");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(res.headers.get("Cache-Control")).toContain("public");
    const topo = res.body as BoundaryTopology;
    const features = feature(topo, topo.objects.sigungu).features;
    expect(features).toHaveLength(250);
    expect(features.find((f) => f.properties.code === "11620")?.properties).toEqual({
      code: "11620",
      nameKo: "관악구",
      nameEn: "Gwanak-gu",
    });
    expect(features.every((f) => f.geometry !== null)).toBe(true);
    // The stored boundaries are 3.6 MB of GeoJSON.
    expect(JSON.stringify(res.body).length).toBeLessThan(400_000);
  });

  it("serves one 시도 in more detail, with an ETag that answers 304, and gzip when asked", async () => {
    const res = await t.request("GET", "/api/regions/map/sigungu?sido=11");
    expect(res.status).toBe(200);
    const topo = res.body as BoundaryTopology;
    const codes = feature(topo, topo.objects.sigungu).features.map((f) => f.properties.code);
    expect(codes).toHaveLength(25);
    expect(codes.every((c) => c.startsWith("11"))).toBe(true);
    const etag = res.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await t.request("GET", "/api/regions/map/sigungu?sido=11", undefined, {
      headers: { "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();

    const country = await t.request("GET", "/api/regions/map/sigungu", undefined, {
      headers: { "If-None-Match": etag },
    });
    expect(country.status).toBe(200);
    expect(country.headers.get("ETag")).not.toBe(etag);

    const zipped = await t.app.request("/api/regions/map/sigungu?sido=11", {
      headers: { "Accept-Encoding": "gzip, br" },
    });
    expect(zipped.headers.get("Content-Encoding")).toBe("gzip");
    expect(zipped.headers.get("Vary")).toBe("Accept-Encoding");
    const unzipped = JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8"));
    expect(unzipped).toEqual(res.body);
  });

  it("answers 400 with the field for a malformed 시도 and 404 for one that does not exist", async () => {
    const bad = await t.request("GET", "/api/regions/map/sigungu?sido=1");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe("sido");
    const missing = await t.request("GET", "/api/regions/map/sigungu?sido=99");
    expect(missing.status).toBe(404);
  });
});
