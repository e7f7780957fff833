import { describe, expect, it } from "vitest";
import { mapLegacySigunguCode, resolvePlace } from "./senior-job-projects.ts";

describe("2022 senior-job project codes", () => {
  it("maps pre-2023 codes to today's", () => {
    expect(mapLegacySigunguCode("42150")).toBe("51150"); // 강원 강릉시
    expect(mapLegacySigunguCode("45110")).toBe("52110"); // 전북 전주시
    expect(mapLegacySigunguCode("47720")).toBe("27720"); // 군위군 → 대구
    expect(mapLegacySigunguCode("28170")).toBe("28177"); // 인천 남구 → 미추홀구
    expect(mapLegacySigunguCode("11620")).toBe("11620");
  });

  const known = new Set(["11620", "41111", "41113", "41115", "41117", "41190", "11110"]);

  it("places projects in a 시군구, a whole city or a 시도", () => {
    expect(resolvePlace("11620", known)).toEqual({ regionCode: "11620", sidoCode: "11", scope: "sigungu" });
    expect(resolvePlace("41110", known)).toEqual({ regionCode: null, sidoCode: "41", scope: "city" });
    expect(resolvePlace("41192", known)).toEqual({ regionCode: "41190", sidoCode: "41", scope: "sigungu" });
    expect(resolvePlace("11009", known)).toEqual({ regionCode: null, sidoCode: "11", scope: "sido" });
    expect(resolvePlace("99999", known)).toBeNull();
  });
});
