import { describe, expect, it } from "vitest";
import { INDEX_CEILING, INDEX_FLOOR, nationalFigures, regionProfile } from "./demand-drivers.ts";
import { evenFigures, NATION, regionWithMoreAt } from "./job-design.fixtures.ts";

describe("a region's profile against the nation", () => {
  it("is neutral (every index 1) for a region shaped like the nation", () => {
    const profile = regionProfile(evenFigures(), NATION);
    for (const driver of Object.values(profile)) {
      expect(driver.available).toBe(true);
      expect(driver.index).toBeCloseTo(1, 10);
    }
  });

  it("measures shares of the population as region ÷ nation", () => {
    // Twice as many people aged 65 and over: 35 of 135 (25.9%) against 35 of 100.
    const older = regionWithMoreAt(65, 99, 2);
    const profile = regionProfile(older, NATION);
    expect(profile.seniors_65plus.index).toBeCloseTo(70 / 135 / 0.35, 6);
    expect(profile.young_children.index).toBeCloseTo(13 / 135 / 0.13, 6);
    expect(profile.seniors_65plus.regionValue).toBeCloseTo(70 / 135, 6);
    expect(profile.seniors_65plus.nationalValue).toBeCloseTo(0.35, 6);
  });

  it("reads a lower employment rate as more need (nation ÷ region)", () => {
    const profile = regionProfile(evenFigures({ employmentRate: 49.6 }), NATION);
    expect(profile.low_employment.index).toBeCloseTo(62 / 49.6, 6);
    expect(regionProfile(evenFigures({ employmentRate: 70 }), NATION).low_employment.index).toBeLessThan(1);
  });

  it("damps density: ten times as dense counts twice, a tenth as dense counts twice for low density", () => {
    const dense = regionProfile(evenFigures({ densityPerKm2: 10_000 }), NATION);
    expect(dense.high_density.index).toBeCloseTo(2, 6);
    expect(dense.low_density.index).toBeCloseTo(0.5, 6);
    const sparse = regionProfile(evenFigures({ densityPerKm2: 100 }), NATION);
    expect(sparse.low_density.index).toBeCloseTo(2, 6);
  });

  it("bounds every index, and leaves a driver neutral when a figure is missing", () => {
    const extreme = regionProfile(regionWithMoreAt(13, 18, 50), NATION);
    expect(extreme.teenagers.index).toBe(INDEX_CEILING);
    expect(regionProfile(regionWithMoreAt(13, 18, 0.01), NATION).teenagers.index).toBe(INDEX_FLOOR);
    const missing = regionProfile(
      evenFigures({ employmentRate: null, singlePersonHouseholdsByAge: null, densityPerKm2: null }),
      NATION,
    );
    expect(missing.low_employment).toMatchObject({ index: 1, available: false, regionValue: null });
    expect(missing.seniors_living_alone).toMatchObject({ index: 1, available: false });
    expect(missing.low_density).toMatchObject({ index: 1, available: false });
  });

  it("sums the 시도 into the nation and weights rates and density by population", () => {
    const a = evenFigures({ population: 100_000 });
    const b = evenFigures({ population: 300_000, disabledRegistered: 9_000 });
    const nation = nationalFigures(
      [a, b],
      [
        {
          population: 100,
          population15plus: 100,
          employmentRate: 60,
          unemploymentRate: 2,
          densityPerKm2: 100,
        },
        {
          population: 300,
          population15plus: 300,
          employmentRate: 64,
          unemploymentRate: null,
          densityPerKm2: 10_100,
        },
      ],
    );
    expect(nation.population).toBe(400_000);
    expect(nation.disabledRegistered).toBe(14_000);
    expect(nation.populationByAge[30]).toBe(2_000);
    expect(nation.employmentRate).toBeCloseTo(63, 10);
    expect(nation.unemploymentRate).toBeCloseTo(2, 10);
    expect(nation.densityPerKm2).toBeCloseTo(7_600, 10);
    // A missing count anywhere makes the national count unknown rather than too small.
    expect(nationalFigures([a, evenFigures({ disabledSevere: null })], []).disabledSevere).toBeNull();
  });
});
