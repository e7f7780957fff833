import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationBody, workItemBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import type { Db } from "../db/client.ts";
import { readImportTable } from "../work-items/import/read-import-file.ts";
import { findDemandSeries, findRegionFigures } from "./demand-observation.repository.ts";
import { demandProfileFromFigures } from "./domain/demand-profile.ts";
import { generateDemoHistory } from "./domain/demo-history.ts";
import { ZForecastSummary, ZRegionComparison, ZRegionForecast } from "./forecast.schema.ts";
import { importDemandObservations } from "./import/import-demand-observations.ts";
import { refreshPlatformDemand } from "./refresh-platform-demand.ts";
import { seedDemandHistory } from "./seed-demand-history.ts";

/**
 * The forecast API on both databases, over the synthetic history of 서울 (less 강남구, 11680, kept
 * as a "new district" with no history) and 경북: the combination for districts with history, the
 * cold start for the new one, an import that gives it history, the platform's own figures, the
 * gap map and the comparison. The clock is 2026-03-02, so history ends with 2026-02.
 */
const NEW_DISTRICT = "11680";

async function rowsOf(db: Db, source: string, region: string) {
  const result = await db.execute(
    sql`select count(*)::int as n from demand_observations where source = ${source} and region_code = ${region}`,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe.each(await testDatabaseKinds())("forecast API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let db: Db;

  beforeAll(async () => {
    t = await createTestApp(kind);
    db = t.database.db;
    const codes = (await findRegionFigures(db))
      .map((f) => f.regionCode)
      .filter((code) => (code.startsWith("11") || code.startsWith("47")) && code !== NEW_DISTRICT);
    await seedDemandHistory(db, { regions: codes });
  });
  afterAll(() => t.dispose());

  it("forecasts a district with history by the combination, from the month after the last complete one", async () => {
    const res = await t.request("GET", "/api/forecasts/regions/11620?horizon=12");
    expect(res.status).toBe(200);
    const body = ZRegionForecast.parse(res.body);
    expect(body.asOf).toBe("2026-02");
    expect(body.categories).toHaveLength(9);
    for (const c of body.categories) {
      expect(c.method).toBe("combination");
      expect(c.source).toBe("synthetic");
      expect(c.synthetic).toBe(true);
      // 2021-01..2026-02: the synthetic months after the clock are not history yet.
      expect(c.observedMonths).toBe(62);
      expect(c.history.at(-1)!.period).toBe("2026-02");
      expect(c.forecast.map((p) => p.period)).toEqual([
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
      ]);
      for (const p of c.forecast) {
        expect(0 <= p.lo95 && p.lo95 <= p.lo80 && p.lo80 <= p.mean).toBe(true);
        expect(p.mean <= p.hi80 && p.hi80 <= p.hi95).toBe(true);
      }
    }
  });

  it("gives a district with no history a cold-start forecast near what its demographics generate", async () => {
    const res = await t.request("GET", `/api/forecasts/regions/${NEW_DISTRICT}?horizon=8`);
    expect(res.status).toBe(200);
    const body = ZRegionForecast.parse(res.body);
    expect(body.categories.every((c) => c.method === "cold_start" && c.observedMonths === 0)).toBe(true);
    expect(body.categories[0]!.notes.join(" ")).toMatch(/cold start/);
    // The synthetic generator's figures for the withheld district, 2026-03..2026-10.
    const [figure] = await findRegionFigures(db, [NEW_DISTRICT]);
    const truth = generateDemoHistory(demandProfileFromFigures(figure!), { from: "2026-03", to: "2026-10" });
    const actual = truth.reduce((s, c) => s + c.months.reduce((t2, m) => t2 + m.hoursRequested, 0), 0);
    const forecast = body.categories.reduce((s, c) => s + c.forecast.reduce((t2, p) => t2 + p.mean, 0), 0);
    expect(Math.abs(forecast - actual) / actual).toBeLessThan(0.3);
    for (const c of body.categories) {
      expect(c.forecast).toHaveLength(8);
      expect(c.forecast.every((p) => p.lo95 < p.mean && p.mean < p.hi95)).toBe(true);
    }
  });

  it("imports a district's own records all or nothing, and then forecasts from them", async () => {
    const bad = await readImportTable(
      Buffer.from(
        [
          "시군구코드,분야,연월,요청시간,게시일감수,충원일감수",
          `${NEW_DISTRICT},돌봄,2025-01,1200,10,8`,
          `${NEW_DISTRICT},돌봄,2025-13,1200,10,8`,
          `${NEW_DISTRICT},요리,2025-02,-5,3,4`,
          `99999,환경,2025-03,100,2,1`,
          `${NEW_DISTRICT},돌봄,2025.1,1300,10,8`,
          `${NEW_DISTRICT},환경,2026-03,100,2,1`,
        ].join("\n"),
      ),
      "bad.csv",
    );
    const refused = await importDemandObservations(db, bad, { now: t.now() });
    expect(refused.imported).toBe(0);
    expect(refused.errors.map((e) => `${e.row}:${e.field}:${e.reason}`)).toEqual([
      "3:period:invalid_month",
      "4:category:unknown_code",
      "4:hoursRequested:out_of_range",
      "4:itemsFilled:filled_exceeds_posted",
      "5:regionCode:region_not_found",
      "6:period:duplicate_row",
      "7:period:not_yet_observed",
    ]);
    expect(await rowsOf(db, "import", NEW_DISTRICT)).toBe(0);

    // 30 months of care records, 2023-08..2026-01, with a winter peak.
    const lines = ["region_code,category,period,hours_requested,items_posted,items_filled,unmet_requests"];
    for (let i = 0; i < 30; i++) {
      const month = 2023 * 12 + 7 + i;
      const period = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
      const winter = [11, 0, 1].includes(month % 12) ? 300 : 0;
      lines.push(`${NEW_DISTRICT},care,${period},${2000 + winter + 10 * i},${20 + i},${18 + i},2`);
    }
    const good = await readImportTable(Buffer.from(lines.join("\n")), "good.csv");
    const report = await importDemandObservations(db, good, { now: t.now(), fileName: "good.csv" });
    expect(report.errors).toEqual([]);
    expect(report.imported).toBe(30);
    expect(await rowsOf(db, "import", NEW_DISTRICT)).toBe(30);

    const res = await t.request("GET", `/api/forecasts/regions/${NEW_DISTRICT}?horizon=6`);
    const care = res.body.categories.find((c: { category: string }) => c.category === "care");
    expect(care).toMatchObject({
      method: "combination",
      source: "import",
      synthetic: false,
      observedMonths: 30,
    });
    // The last record is 2026-01; the forecast covers 2026-02 (missed) to 2026-08.
    expect(care.notes[0]).toMatch(/no record after 2026-01/);
    expect(care.forecast[0].period).toBe("2026-02");
    expect(care.forecast.at(-1).period).toBe("2026-08");
    expect(care.forecast[0].mean).toBeGreaterThan(2000);
    expect(res.body.categories.filter((c: { method: string }) => c.method === "cold_start")).toHaveLength(8);
  });

  it("aggregates the platform's own work items per month and counts them as covered in the gap", async () => {
    const admin = await t.signedIn("system_admin");
    const organization = await admin.request("POST", "/api/organizations", organizationBody());
    expect(organization.status).toBe(201);
    // 8 h/week × 3 people from 2026-03-16 to 2026-06-30.
    const item = await admin.request("POST", "/api/work-items", workItemBody(organization.body.id));
    expect(item.status).toBe(201);

    const result = await refreshPlatformDemand(db, { today: "2026-03-02", regions: ["11620"] });
    expect(result).toEqual({ rows: 4, regions: 1 });
    const platform = await findDemandSeries(db, {
      regionCodes: ["11620"],
      categories: ["care"],
      from: "2026-03-01",
    });
    // The synthetic series (≥ 24 months) stays the one forecast; the platform's is kept beside it.
    expect(platform.every((p) => p.source === "synthetic")).toBe(true);
    const rows = (
      (await db.execute(
        sql`select to_char(period, 'YYYY-MM') as period, hours_requested, items_posted from demand_observations
            where source = 'platform' and region_code = '11620' order by period`,
      )) as unknown as { rows: { period: string; hours_requested: number; items_posted: number }[] }
    ).rows;
    expect(rows.map((r) => [r.period, Number(r.hours_requested), r.items_posted])).toEqual([
      ["2026-03", Math.round(24 * (16 / 7) * 10) / 10, 1],
      ["2026-04", Math.round(24 * (30 / 7) * 10) / 10, 0],
      ["2026-05", Math.round(24 * (31 / 7) * 10) / 10, 0],
      ["2026-06", Math.round(24 * (30 / 7) * 10) / 10, 0],
    ]);

    const res = await t.request("GET", "/api/forecasts/summary?level=sigungu&sido=11&horizon=12");
    expect(res.status).toBe(200);
    const summary = ZForecastSummary.parse(res.body);
    // No background job in tests: the 25 districts are fitted within the request, all of them.
    expect(summary).toMatchObject({ complete: true, progress: { ready: 25, total: 25 } });
    expect(summary.window).toEqual({ from: "2026-03-01", to: "2027-02-28" });
    expect(summary.regions).toHaveLength(25);
    const gwanak = summary.regions.find((r) => r.code === "11620")!;
    const care = gwanak.categories.find((c) => c.category === "care")!;
    // The whole item lies in the window: 24 h/week over 107 days.
    expect(care.coveredHours).toBeCloseTo(24 * (107 / 7), 0);
    expect(care.gapHours).toBeCloseTo(care.forecastHours - care.coveredHours, 0);
    expect(gwanak.methods).toEqual({ combination: 9, cold_start: 0, none: 0 });
    // Bottom-up: the 시도 is the sum of its 시군구.
    const sum = summary.regions.reduce((s, r) => s + r.forecastHours, 0);
    expect(summary.total.forecastHours).toBeCloseTo(sum, 0);
    const sido = await t.request("GET", "/api/forecasts/summary?level=sido&sido=11&horizon=12");
    expect(sido.body.regions).toHaveLength(1);
    expect(sido.body.regions[0]).toMatchObject({ code: "11", nameKo: "서울특별시" });
    expect(sido.body.regions[0].forecastHours).toBeCloseTo(sum, 0);

    // WLS-structural: 서울 is forecast from the sum of its districts' histories too, and the
    // districts move towards it; the sums stay exact.
    const wls = await t.request(
      "GET",
      "/api/forecasts/summary?sido=11&horizon=12&reconciliation=wls_structural",
    );
    expect(wls.status).toBe(200);
    expect(wls.body.reconciliation).toBe("wls_structural");
    const wlsSum = wls.body.regions.reduce(
      (s: number, r: { forecastHours: number }) => s + r.forecastHours,
      0,
    );
    expect(wls.body.total.forecastHours).toBeCloseTo(wlsSum, 0);
    expect(Math.abs(wlsSum - sum) / sum).toBeLessThan(0.1);
    expect(wlsSum).not.toBeCloseTo(sum, 0);
  });

  it("compares pilot districts side by side", async () => {
    const res = await t.request("GET", `/api/forecasts/compare?regions=11620,${NEW_DISTRICT},47730`);
    expect(res.status).toBe(200);
    const body = ZRegionComparison.parse(res.body);
    expect(body.regions.map((r) => r.code)).toEqual(["11620", NEW_DISTRICT, "47730"]);
    const gwanak = body.regions[0]!;
    expect(gwanak.lastYearHours).toBeGreaterThan(0);
    expect(gwanak.growth).toBeGreaterThan(0.7);
    expect(gwanak.growth).toBeLessThan(1.5);
  });

  it("declares the three routes in the OpenAPI document", async () => {
    const doc = await t.request("GET", "/api/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(["/forecasts/regions/{code}", "/forecasts/summary", "/forecasts/compare"]),
    );
    expect(doc.body.components.schemas.RegionForecast).toBeDefined();
  });

  it("answers bad input with 400 and unknown places with 404", async () => {
    const cases: [string, number, string?][] = [
      ["/api/forecasts/regions/1162", 400, "code"],
      ["/api/forecasts/regions/11620?horizon=0", 400, "horizon"],
      ["/api/forecasts/regions/11620?horizon=25", 400, "horizon"],
      ["/api/forecasts/regions/11620?horizon=abc", 400, "horizon"],
      ["/api/forecasts/regions/11999", 404],
      ["/api/forecasts/summary?level=gu", 400, "level"],
      ["/api/forecasts/summary?sido=1", 400, "sido"],
      ["/api/forecasts/summary?sido=99", 404],
      ["/api/forecasts/summary?reconciliation=mint", 400, "reconciliation"],
      ["/api/forecasts/compare", 400, "regions"],
      ["/api/forecasts/compare?regions=11620,abc", 400, "regions.1"],
      [
        `/api/forecasts/compare?regions=${Array.from({ length: 21 }, (_, i) => 11000 + i).join(",")}`,
        400,
        "regions",
      ],
      ["/api/forecasts/compare?regions=11620,99999", 404],
    ];
    for (const [path, status, field] of cases) {
      const res = await t.request("GET", path);
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(typeof res.body.error.code).toBe("string");
      if (field) expect(res.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
  });
});
