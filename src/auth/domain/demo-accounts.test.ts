import { describe, expect, it } from "vitest";
import { demoAccountSpecs, demoPassword } from "./demo-accounts.ts";

const districts = [
  { code: "41630", nameKo: "양주시", sidoNameKo: "경기도" },
  { code: "11620", nameKo: "관악구", sidoNameKo: "서울특별시" },
  { code: "41115", nameKo: "수원시 팔달구", sidoNameKo: "경기도" },
];

describe("demo accounts", () => {
  it("are one per role per district, one per 시도 and two national", () => {
    const specs = demoAccountSpecs(districts);
    expect(specs.map((s) => s.email)).toEqual([
      "ministry@demo.maeul.kr",
      "admin@demo.maeul.kr",
      "metro.11@demo.maeul.kr",
      "officer.11620@demo.maeul.kr",
      "staff.11620@demo.maeul.kr",
      "resident.11620@demo.maeul.kr",
      "metro.41@demo.maeul.kr",
      "officer.41115@demo.maeul.kr",
      "staff.41115@demo.maeul.kr",
      "resident.41115@demo.maeul.kr",
      "officer.41630@demo.maeul.kr",
      "staff.41630@demo.maeul.kr",
      "resident.41630@demo.maeul.kr",
    ]);
    expect(specs.find((s) => s.role === "metropolitan_officer")?.regionCode).toBe("11");
    expect(specs.find((s) => s.email.startsWith("officer.11620"))?.regionCode).toBe("11620");
    expect(specs.find((s) => s.email.startsWith("resident.11620"))).toMatchObject({
      regionCode: null,
      districtCode: "11620",
      link: "resident",
    });
  });

  it("have deterministic passwords of at least 10 characters, different per account", () => {
    expect(demoPassword("officer.11620@demo.maeul.kr")).toBe(demoPassword("Officer.11620@demo.maeul.kr"));
    const passwords = demoAccountSpecs(districts).map((s) => demoPassword(s.email));
    expect(new Set(passwords).size).toBe(passwords.length);
    for (const p of passwords) expect(p.length).toBeGreaterThanOrEqual(10);
  });
});
