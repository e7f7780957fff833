import { describe, expect, it } from "vitest";
import { loadRegionDataset } from "./load-region-dataset.ts";

// Reads the real files in data/regions: this is the check that every join in SOURCES.md holds.
describe("region dataset from the real public data", () => {
  const dataset = loadRegionDataset();
  const sigungu = dataset.regions.filter((r) => r.level === "sigungu");
  const stats = new Map(dataset.statistics.map((s) => [s.regionCode, s]));

  it("has 17 시도 and 250 시군구 with unique 5-digit codes", () => {
    expect(dataset.regions.filter((r) => r.level === "sido")).toHaveLength(17);
    expect(sigungu).toHaveLength(250);
    expect(new Set(sigungu.map((r) => r.code)).size).toBe(250);
    expect(sigungu.every((r) => /^\d{5}$/.test(r.code) && r.parentCode === r.code.slice(0, 2))).toBe(true);
  });

  it("sums 시군구 and 시도 populations to the national April 2025 total", () => {
    const sum = (level: string) =>
      dataset.regions.filter((r) => r.level === level).reduce((s, r) => s + stats.get(r.code)!.population, 0);
    expect(sum("sido")).toBe(51_175_725);
    expect(sum("sigungu")).toBe(51_175_725);
  });

  it("uses the post-2023 codes (강원 51, 전북 52, 군위 27720)", () => {
    const codes = new Set(sigungu.map((r) => r.code));
    expect(codes.has("27720")).toBe(true);
    expect([...codes].some((c) => c.startsWith("42") || c.startsWith("45"))).toBe(false);
    expect([...codes].filter((c) => c.startsWith("51")).length).toBe(18);
  });

  it("joins disabled and employment figures by name, including the awkward cases", () => {
    expect(stats.get("41190")!.disabledRegistered).toBe(17592 + 11278 + 8586); // 부천시 = its three 구
    expect(stats.get("36110")!.disabledRegistered).toBe(12993); // 세종 from the 시도 subtotal
    expect(stats.get("27720")!.employmentRate).toBe(73.6); // 군위군 labelled under 대구
    expect(stats.get("41115")!.employmentScope).toBe("city"); // 일반구 gets 수원시's rate
    expect(dataset.gaps).toEqual(["employment: 36110 세종특별자치시"]);
  });

  it("places each centroid inside the region's bounding box", () => {
    for (const r of dataset.regions) {
      expect(r.centroidLng).toBeGreaterThanOrEqual(r.bbox[0]);
      expect(r.centroidLat).toBeGreaterThanOrEqual(r.bbox[1]);
      expect(r.centroidLng).toBeLessThanOrEqual(r.bbox[2]);
      expect(r.centroidLat).toBeLessThanOrEqual(r.bbox[3]);
    }
  });
});
