import { describe, expect, it } from "vitest";
import type { DemandProfile } from "./demand-profile.ts";
import { cityCodeOf, seniorJobUnits } from "./senior-job-cross-section.ts";

const profile = (regionCode: string, population: number, employmentRate = 60): DemandProfile => ({
  regionCode,
  population,
  children0to17: population / 10,
  youth19to34: population / 5,
  seniors65plus: population / 5,
  seniors75plus: population / 10,
  singleSeniorHouseholds: population / 20,
  disabledRegistered: population / 20,
  employmentRate,
  estimated: [],
});

describe("seniorJobUnits", () => {
  const districts = [
    { code: "11620", cityNameKo: null },
    { code: "41111", cityNameKo: "수원시" },
    { code: "41115", cityNameKo: "수원시" },
  ];
  const profiles = new Map([
    ["11620", profile("11620", 500_000)],
    ["41111", profile("41111", 300_000, 60)],
    ["41115", profile("41115", 100_000, 64)],
  ]);
  const projects = [
    {
      regionCode: "11620",
      sourceRegionCode: "11620",
      scope: "sigungu" as const,
      projectType: "public_interest" as const,
      targetJobs: 100,
    },
    {
      regionCode: "11620",
      sourceRegionCode: "11620",
      scope: "sigungu" as const,
      projectType: "market" as const,
      targetJobs: 7,
    },
    {
      regionCode: null,
      sourceRegionCode: "41110",
      scope: "city" as const,
      projectType: "public_interest" as const,
      targetJobs: 50,
    },
    {
      regionCode: "41115",
      sourceRegionCode: "41115",
      scope: "sigungu" as const,
      projectType: "public_interest" as const,
      targetJobs: 5,
    },
    {
      regionCode: null,
      sourceRegionCode: "11009",
      scope: "sido" as const,
      projectType: "public_interest" as const,
      targetJobs: 999,
    },
  ];

  it("merges 일반구 into their city and adds city-wide and 구 projects; 시도-run projects are left out", () => {
    expect(cityCodeOf("41115")).toBe("41110");
    const units = seniorJobUnits(projects, districts, profiles);
    expect(units.map((u) => [u.profile.regionCode, u.value])).toEqual([
      ["11620", 107],
      ["41110", 55],
    ]);
    const suwon = units[1]!.profile;
    expect(suwon.population).toBe(400_000);
    expect(suwon.employmentRate).toBeCloseTo(61);
  });

  it("counts one project type when asked", () => {
    const units = seniorJobUnits(projects, districts, profiles, "market");
    expect(units.map((u) => u.value)).toEqual([7, 0]);
  });
});
