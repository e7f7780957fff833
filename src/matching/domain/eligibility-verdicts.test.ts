import { describe, expect, it } from "vitest";
import { contextFor, ruleSetFor } from "../../programs/eligibility-test-context.ts";
import { programVerdict } from "./eligibility-verdicts.ts";

const SUWON = "41111";
const DATE = "2026-03-02";
const ctx = contextFor(DATE);
const seniorJobs = ruleSetFor("senior_public_interest", SUWON, 2026);
const middleAge = ruleSetFor("new_middle_age_career", SUWON, 2026);

describe("programVerdict", () => {
  it("uses a declared birth date as the engine does, with the failed rules as reasons", () => {
    const young = programVerdict({ birthDate: "1990-05-01", regionCode: SUWON }, seniorJobs, ctx);
    expect(young.status).toBe("ineligible");
    expect(young.reasons?.length).toBeGreaterThan(0);
    expect(young.reasons?.some((r) => r.messageKo.includes("65"))).toBe(true);
    const old = programVerdict(
      { birthDate: "1950-05-01", regionCode: SUWON, receivesBasicPension: true },
      seniorJobs,
      ctx,
    );
    expect(old.status).not.toBe("ineligible");
  });

  it("with only a birth year, is ineligible when every birthday in that year is", () => {
    const v = programVerdict({ birthYear: 1990, regionCode: SUWON }, seniorJobs, ctx);
    expect(v.status).toBe("ineligible");
    expect(v.reasons?.length).toBeGreaterThan(0);
  });

  it("with only a birth year, leaves it to the documents when the birthday decides", () => {
    // 65 on 2026-03-02 if born by 1961-03-02: someone born in 1961 may or may not be.
    const v = programVerdict(
      { birthYear: 1961, regionCode: SUWON, receivesBasicPension: true },
      seniorJobs,
      ctx,
    );
    expect(v.status).toBe("needs_document");
    expect(v.missing).toContain("birthDate");
    expect(v.reasons).toBeUndefined();
  });

  it("with only a birth year, is not excluded when every birthday in that year qualifies on age", () => {
    const v = programVerdict({ birthYear: 1970, regionCode: SUWON }, middleAge, ctx);
    expect(v.status).not.toBe("ineligible");
    expect(v.missing).not.toContain("birthDate");
    // Too old for the new-middle-age programme (50–64) in every case.
    expect(programVerdict({ birthYear: 1950, regionCode: SUWON }, middleAge, ctx).status).toBe("ineligible");
  });
});
