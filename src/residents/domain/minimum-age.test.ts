import { describe, expect, it } from "vitest";
import { checkMinimumAge, yearAge } from "./minimum-age.ts";

const now = new Date("2026-03-02T00:00:00Z");

describe("minimum working age", () => {
  it("counts age as the current year minus the birth year", () => {
    expect(yearAge(1960, now)).toBe(66);
  });

  it("allows someone who turns 15 this year and refuses someone younger", () => {
    expect(checkMinimumAge(2011, now)).toBeNull();
    const error = checkMinimumAge(2012, now);
    expect(error).toMatchObject({ field: "birthYear", reason: "too_young" });
    expect(error?.messageKo).toContain("2011");
  });
});
