import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { allSigunguCodes, realDemoRegion } from "../../../tests/helpers/demo-regions.ts";
import { ZOrganizationCreate } from "../../organizations/organization.schema.ts";
import { ZResidentCreate } from "../../residents/resident.schema.ts";
import type { LatLng } from "../../shared/domain/geo.ts";
import { SeededRandom } from "../../shared/domain/seeded-random.ts";
import { scheduleHours } from "../../shared/domain/weekly-schedule.ts";
import { ZWorkItemCreate } from "../../work-items/work-item.schema.ts";
import { PILOT_DISTRICT_CODES } from "../pilot-districts.ts";
import { bboxAreaKm2, type DemoRegion, districtNames, roughDensity } from "./demo-region.ts";
import { COMPACT_SCALE, STANDARD_SCALE } from "./demo-scale.ts";
import { demoId } from "./deterministic-id.ts";
import { generateDemoDistrict } from "./generate-demo-district.ts";
import { generateResidents } from "./generate-residents.ts";
import { hubSpreadKm, RegionSampler } from "./region-sampler.ts";

const pilot = PILOT_DISTRICT_CODES.map((code) => generateDemoDistrict(realDemoRegion(code), STANDARD_SCALE));

function inside(region: DemoRegion, point: LatLng): boolean {
  return booleanPointInPolygon([point.lng, point.lat], region.boundary as Polygon | MultiPolygon);
}

describe("generateDemoDistrict", () => {
  it("gives the same district on every run (seeded by the region code)", () => {
    const again = generateDemoDistrict(realDemoRegion("11620"), STANDARD_SCALE);
    expect(again).toEqual(pilot[0]);
    const other = generateDemoDistrict(realDemoRegion("41630"), STANDARD_SCALE);
    expect(other.residents[0]!.fields).not.toEqual(pilot[0]!.residents[0]!.fields);
  });

  it("uses stable name-based ids, so 관악구청 is always the same institution", () => {
    const gwanak = pilot[0]!;
    expect(gwanak.organizations[0]).toMatchObject({
      key: "local_government:0",
      fields: { name: "관악구청", type: "local_government" },
    });
    expect(gwanak.organizations[0]!.id).toBe(demoId("organization:11620:local_government:0"));
    expect(gwanak.organizations[0]!.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const ids = pilot.flatMap((d) => [...d.organizations, ...d.workItems, ...d.residents].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sizes the population by the district's real population, with a floor and a cap", () => {
    const counts = Object.fromEntries(pilot.map((d) => [d.regionCode, d.residents.length]));
    expect(counts["11620"]).toBe(399); // 479,179 / 1,200
    expect(counts["44790"]).toBe(120); // 청양군, 29,440: the floor
    for (const d of pilot) {
      expect(d.residents.length).toBeGreaterThanOrEqual(120);
      expect(d.residents.length).toBeLessThanOrEqual(400);
      expect(d.organizations.length).toBeGreaterThanOrEqual(15);
      expect(d.workItems.length).toBeGreaterThanOrEqual(30);
    }
  });

  it("makes every generated row pass the same contracts as real input", () => {
    for (const d of pilot) {
      for (const o of d.organizations) expect(() => ZOrganizationCreate.parse(o.fields)).not.toThrow();
      for (const w of d.workItems)
        expect(ZWorkItemCreate.safeParse(w.fields).error?.issues ?? []).toEqual([]);
      for (const r of d.residents)
        expect(ZResidentCreate.safeParse(r.fields).error?.issues ?? []).toEqual([]);
    }
  });

  it("passes the contracts in all 250 시군구 at the compact scale too", () => {
    for (const code of allSigunguCodes()) {
      const d = generateDemoDistrict(realDemoRegion(code), COMPACT_SCALE);
      expect(d.organizations.length).toBeGreaterThanOrEqual(8);
      for (const w of d.workItems)
        expect(ZWorkItemCreate.safeParse(w.fields).success, `${code} ${w.key}`).toBe(true);
      for (const r of d.residents) expect(ZResidentCreate.safeParse(r.fields).success, code).toBe(true);
      expect(d.residents.length).toBeGreaterThanOrEqual(COMPACT_SCALE.minResidents);
      expect(d.residents.length).toBeLessThanOrEqual(COMPACT_SCALE.maxResidents);
    }
  });

  it("shapes work items as the platform intends: 20–30 h mostly, within the schedule, at least the minimum wage", () => {
    const items = pilot.flatMap((d) => d.workItems.map((w) => w.fields));
    const inRange = items.filter((w) => w.hoursPerWeek >= 20 && w.hoursPerWeek <= 30).length;
    expect(inRange / items.length).toBeGreaterThan(0.9);
    for (const w of items) {
      expect(w.hoursPerWeek).toBeLessThanOrEqual(scheduleHours(w.schedule));
      expect(w.hourlyWage).toBeGreaterThanOrEqual(10_320);
      expect(w.startDate.slice(0, 4)).toBe("2026");
    }
    expect(new Set(items.map((w) => w.kind))).toEqual(
      new Set(["one_off", "short", "medium_term", "seasonal"]),
    );
    expect(new Set(items.map((w) => w.category)).size).toBe(9);
    expect(items.some((w) => w.remote && w.category === "digital_help")).toBe(true);
    expect(items.map((w) => w.title)).toEqual(
      expect.arrayContaining(["어르신 말벗·안부 확인", "야간 안심 귀갓길 순찰"]),
    );
  });

  it("puts institutions, work places and homes inside the district's boundary", () => {
    for (const d of pilot) {
      const region = realDemoRegion(d.regionCode);
      for (const o of d.organizations) expect(inside(region, o.fields.location!)).toBe(true);
      for (const w of d.workItems)
        if (w.fields.location) expect(inside(region, w.fields.location)).toBe(true);
      for (const r of d.residents) expect(inside(region, r.fields.location!)).toBe(true);
    }
  });

  it("finds points inside island districts whose bounding box is mostly sea", () => {
    for (const code of ["28720", "47940", "46910"]) {
      const region = realDemoRegion(code);
      const sampler = new RegionSampler(region, new SeededRandom(code), 5);
      for (let i = 0; i < 50; i++) expect(inside(region, sampler.uniformPoint())).toBe(true);
      for (let i = 0; i < 50; i++) expect(inside(region, sampler.pointNearHub(2))).toBe(true);
    }
  });

  it("names institutions after the district", () => {
    expect(districtNames({ nameKo: "수원시 팔달구" })).toMatchObject({
      district: "팔달구",
      stem: "팔달",
      office: "수원시 팔달구청",
    });
    expect(districtNames({ nameKo: "세종특별자치시" })).toMatchObject({
      stem: "세종",
      office: "세종특별자치시청",
    });
    expect(districtNames({ nameKo: "중구" })).toMatchObject({ stem: "중구", residentsWord: "구민" });
    const names = pilot[0]!.organizations.map((o) => o.fields.name);
    expect(names).toEqual(
      expect.arrayContaining(["관악구청", "관악구 보건소", "관악노인종합복지관", "관악문화재단"]),
    );
    expect(names.some((n) => n.startsWith("마을공동체 "))).toBe(true);
    expect(names.some((n) => n.startsWith("(사회적기업) "))).toBe(true);
    for (const d of pilot)
      expect(new Set(d.organizations.map((o) => o.fields.name)).size).toBe(d.organizations.length);
  });

  it("gives residents synthetic names and phone numbers that cannot reach anyone", () => {
    for (const r of pilot.flatMap((d) => d.residents)) {
      expect(r.fields.personal.name).toMatch(/^[가-힣]{3}$/);
      expect(r.fields.personal.phone).toMatch(/^010-0000-\d{4}$/);
    }
  });
});

describe("generated residents", () => {
  /** A large sample, so that shares can be compared with the real figures closely. */
  function sample(code: string, count = 6000) {
    const region = realDemoRegion(code);
    const sampler = new RegionSampler(region, new SeededRandom(`${code}:test`), 5);
    const context = {
      region,
      sampler,
      spreadKm: hubSpreadKm(bboxAreaKm2(region.bbox)),
      density: roughDensity(region),
    };
    return {
      region,
      residents: generateResidents(count, context, new SeededRandom(`${code}:test`), (i) => String(i)),
    };
  }

  function expectedShare(region: DemoRegion, from: number, to: number): number {
    const adults = region.populationByAge.slice(18, 86);
    const band = region.populationByAge.slice(from, to + 1);
    return band.reduce((a, b) => a + b, 0) / adults.reduce((a, b) => a + b, 0);
  }

  it.each(["11620", "47730", "36110"])("follow the real age structure of %s (ages 18–85)", (code) => {
    const { region, residents } = sample(code);
    for (const [from, to] of [
      [18, 34],
      [35, 49],
      [50, 64],
      [65, 85],
    ] as const) {
      const share = residents.filter((r) => r.age >= from && r.age <= to).length / residents.length;
      expect(Math.abs(share - expectedShare(region, from, to))).toBeLessThan(0.025);
    }
    for (const r of residents) expect(r.fields.birthYear).toBe(2026 - r.age);
  });

  it("are older in rural 의성군 than in 관악구, as the real populations are", () => {
    const seniorShare = (code: string) =>
      pilot.find((d) => d.regionCode === code)!.residents.filter((r) => r.age >= 65).length;
    expect(seniorShare("47730") / 120).toBeGreaterThan(0.4);
    expect(seniorShare("11620") / 399).toBeLessThan(0.3);
  });

  it("derive groups from age and sex, and disability at about the district's registered rate", () => {
    const { region, residents } = sample("47730");
    for (const r of residents) {
      const groups = r.fields.groups ?? [];
      expect(groups.includes("senior")).toBe(r.age >= 65);
      expect(groups.includes("new_middle_age")).toBe(r.age >= 50 && r.age <= 64);
      expect(groups.includes("youth")).toBe(r.age >= 19 && r.age <= 34);
      if (groups.includes("career_break_woman"))
        expect(r.gender === "female" && r.age >= 30 && r.age <= 54).toBe(true);
    }
    const disabled = residents.filter((r) => r.fields.groups?.includes("disabled"));
    expect(
      Math.abs(disabled.length / residents.length - region.disabledRegistered! / region.population),
    ).toBeLessThan(0.015);
    const remote = (list: typeof residents) =>
      list.filter((r) => r.fields.remotePreference !== "no").length / list.length;
    expect(remote(disabled)).toBeGreaterThan(remote(residents) * 2);
  });

  it("want 20–30 hours mostly, never more than they are available, and at most 15 from age 70", () => {
    const { residents } = sample("11620", 3000);
    const working = residents.filter((r) => r.age < 65);
    const inRange = working.filter(
      (r) => r.fields.desiredHoursPerWeek >= 20 && r.fields.desiredHoursPerWeek <= 30,
    ).length;
    expect(inRange / working.length).toBeGreaterThan(0.8);
    for (const r of residents) {
      expect(r.fields.desiredHoursPerWeek).toBeLessThanOrEqual(scheduleHours(r.fields.availability));
      if (r.age >= 70) expect(r.fields.desiredHoursPerWeek).toBeLessThanOrEqual(15);
    }
  });
});
