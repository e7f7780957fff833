import { describe, expect, it } from "vitest";
import { effectiveRules } from "../programs/domain/rule-set.ts";
import { loadRulesData } from "../programs/rules-data.ts";
import type { ProfileFigures } from "./domain/demand-drivers.ts";
import { designJobs, type JobDesignInput } from "./domain/design-jobs.ts";
import { demand, evenFigures, NATION, profileOf, regionWithMoreAt } from "./domain/job-design.fixtures.ts";
import { programTerms } from "./domain/program-terms.ts";
import { loadOccupations } from "./occupation-catalogue.ts";

/**
 * The real catalogue and the real 2026 program rules, for regions that differ from the nation in
 * one respect and face the same forecast gap in every category: the profile decides the order.
 */
const catalogue = loadOccupations();
const rules = loadRulesData();

function inputFor(
  region: ProfileFigures,
  regionCode: string,
  gap = { demand: 1000, covered: 400 },
): JobDesignInput {
  const programs = new Map(
    rules.ruleSets
      .filter((s) => s.year === 2026)
      .map((s) => {
        const own = rules.overrides.filter((o) => o.program === s.program && o.year === 2026);
        return [s.program, programTerms(effectiveRules(s, own, regionCode), regionCode)] as const;
      }),
  );
  return {
    regionCode,
    catalogue,
    demand: demand({}, gap),
    profile: profileOf(region, NATION),
    programs,
    population: region.population,
    minimumWage: { year: 2026, wage: 10_320 },
  };
}

const top = (input: JobDesignInput, n: number) =>
  designJobs(input)
    .suggestions.slice(0, n)
    .map((s) => s.occupation.code);

describe("ranking the real catalogue", () => {
  it("puts senior-care roles at the top where many seniors live alone", () => {
    const alone = evenFigures({
      singlePersonHouseholdsByAge: NATION.singlePersonHouseholdsByAge!.map((n, age) =>
        age >= 65 ? n * 2.5 : n,
      ),
    });
    const first = top(inputFor(alone, "47730"), 5);
    const drivenByAlone = (code: string) =>
      catalogue.find((o) => o.code === code)!.demandDrivers.some((d) => d.driver === "seniors_living_alone");
    expect(drivenByAlone(first[0]!)).toBe(true);
    expect(first.filter(drivenByAlone).length).toBeGreaterThanOrEqual(4);
    expect(top(inputFor(alone, "47730"), 10)).toContain("senior_living_alone_check");
  });

  it("puts youth mentor roles near the top where teenagers are many", () => {
    const first = top(inputFor(regionWithMoreAt(13, 18, 2.5), "30200"), 5);
    expect(first).toContain("youth_night_safety_guard");
    expect(first).toContain("youth_facility_assistant");
    expect(first).toContain("out_of_school_youth_mentor");
  });

  it("suggests the local culture intern where people live far apart", () => {
    const input = inputFor(evenFigures({ densityPerKm2: 50 }), "51720");
    expect(top(input, 10)).toContain("local_culture_planning_intern");
    // A district has one mobile library (its post cap): suggested, lower in the list.
    const mobile = designJobs(input).suggestions.find((s) => s.occupation.code === "mobile_library_operator");
    expect(mobile?.positions).toBe(1);
  });

  it("uses Seoul's own programs in Seoul and public works elsewhere", () => {
    const seoul = designJobs(inputFor(NATION, "11620")).suggestions.find(
      (s) => s.occupation.code === "alley_waste_manager",
    );
    const elsewhere = designJobs(inputFor(NATION, "41630")).suggestions.find(
      (s) => s.occupation.code === "alley_waste_manager",
    );
    expect(seoul?.program.program).toBe("seoul_companion");
    expect(seoul?.budget.national).toBe(0);
    expect(elsewhere?.program.program).toBe("public_works");
  });

  it("suggests fewer people as the gap closes, and none at zero", () => {
    const people = (covered: number) =>
      designJobs(inputFor(NATION, "41630", { demand: 1000, covered })).suggestions.reduce(
        (n, s) => n + s.positions,
        0,
      );
    const counts = [0, 500, 900, 1000].map(people);
    expect(counts[0]).toBeGreaterThan(counts[1]!);
    expect(counts[1]).toBeGreaterThan(counts[2]!);
    expect(counts[3]).toBe(0);
  });
});
