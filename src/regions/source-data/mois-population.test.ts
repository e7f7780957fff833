import { describe, expect, it } from "vitest";
import { moisLevel, parseMoisLabel, parseMoisRows, singleYearAgeColumns } from "./mois-population.ts";
import { nameKey, parseCsvText, parseKoreanNumber } from "./read-source-file.ts";

describe("MOIS population files", () => {
  it("reads labels with their 10-digit codes", () => {
    expect(parseMoisLabel("서울특별시 관악구 (1162000000)")).toEqual({
      name: "서울특별시 관악구",
      code10: "1162000000",
    });
    expect(parseMoisLabel("서울특별시  (1100000000)")).toEqual({ name: "서울특별시", code10: "1100000000" });
    expect(parseMoisLabel("경기도 수원시 장안구 파장동(4111156000)")?.code10).toBe("4111156000");
    expect(parseMoisLabel("합계")).toBeNull();
  });

  it("tells the level from the code", () => {
    expect(moisLevel("1000000000")).toBe("nation");
    expect(moisLevel("1100000000")).toBe("sido");
    expect(moisLevel("1162000000")).toBe("sigungu");
    expect(moisLevel("1162051500")).toBe("eupmyeondong");
  });

  it("parses quoted numbers with thousands separators", () => {
    expect(parseKoreanNumber('"9,331,860"')).toBe(9331860);
    expect(parseKoreanNumber("1,424")).toBe(1424);
    expect(parseKoreanNumber("-")).toBeNull();
    expect(parseKoreanNumber("")).toBeNull();
  });

  it("finds the single-year age columns", () => {
    const header = [
      "행정구역",
      "2025년04월_계_총인구수",
      ...Array.from({ length: 100 }, (_, a) => `2025년04월_계_${a}세`),
      "2025년04월_계_100세 이상",
    ];
    const text = `${header.join(",")}\n"서울특별시 관악구 (1162000000)","479,179",${Array.from({ length: 101 }, () => '"1,000"').join(",")}\n`;
    const { header: h, rows } = parseMoisRows(parseCsvText(`\uFEFF${text}`));
    const columns = singleYearAgeColumns(h, "_계_");
    expect(columns).toHaveLength(101);
    expect(rows[0]?.level).toBe("sigungu");
  });

  it("compares names without spaces, as KOSIS writes them", () => {
    expect(nameKey("수원시 장안구")).toBe(nameKey("수원시장안구"));
  });
});
