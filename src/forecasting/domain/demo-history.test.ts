import { describe, expect, it } from "vitest";
import { WORK_CATEGORIES } from "../../work-items/domain/work-item-vocabulary.ts";
import type { DemandProfile } from "./demand-profile.ts";
import {
  demographicLevel,
  demoSeasonality,
  generateDemoHistory,
  generateDemoSeries,
} from "./demo-history.ts";

const city: DemandProfile = {
  regionCode: "11620",
  population: 480_000,
  children0to17: 45_000,
  youth19to34: 160_000,
  seniors65plus: 80_000,
  seniors75plus: 32_000,
  singleSeniorHouseholds: 22_000,
  disabledRegistered: 19_000,
  employmentRate: 60,
  estimated: [],
};

const village: DemandProfile = {
  regionCode: "47730",
  population: 48_000,
  children0to17: 2_500,
  youth19to34: 4_000,
  seniors65plus: 22_000,
  seniors75plus: 12_000,
  singleSeniorHouseholds: 7_000,
  disabledRegistered: 4_500,
  employmentRate: 68,
  estimated: [],
};

type Category = (typeof WORK_CATEGORIES)[number];
/** Twenty made-up codes: the same profile under each gives twenty draws of the region effect. */
const CODES = Array.from({ length: 20 }, (_, i) => `${90000 + i}`);

const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

describe("generateDemoHistory", () => {
  it("gives one series per category, 2021-01 to 2026-10, the same on every run", () => {
    const a = generateDemoHistory(city);
    const b = generateDemoHistory(city);
    expect(a.map((s) => s.category)).toEqual([...WORK_CATEGORIES]);
    expect(a[0]!.months).toHaveLength(70);
    expect(a[0]!.months[0]!.period).toBe("2021-01");
    expect(a[0]!.months.at(-1)!.period).toBe("2026-10");
    expect(a).toEqual(b);
  });

  it("is seeded by region: another code gives other numbers", () => {
    const other = generateDemoSeries({ ...city, regionCode: "11650" }, "care");
    expect(other.months.map((m) => m.hoursRequested)).not.toEqual(
      generateDemoSeries(city, "care").months.map((m) => m.hoursRequested),
    );
  });

  it("a shorter range is a slice of the full one", () => {
    const full = generateDemoSeries(city, "environment");
    const part = generateDemoSeries(city, "environment", { from: "2024-01", to: "2024-12" });
    expect(part.months).toEqual(full.months.filter((m) => m.period.startsWith("2024-")));
  });

  it("keeps the counts consistent: filled ≤ posted, hours 0 exactly when nothing was posted", () => {
    for (const series of [...generateDemoHistory(city), ...generateDemoHistory(village)]) {
      for (const m of series.months) {
        expect(m.itemsFilled).toBeLessThanOrEqual(m.itemsPosted);
        expect(m.hoursRequested === 0).toBe(m.itemsPosted === 0);
        expect(Number.isInteger(m.hoursRequested) && m.hoursRequested >= 0).toBe(true);
        expect(m.unmetRequests).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("follows the demographics: care is heavier per person where seniors live alone, education where children are", () => {
    // Averaged over many districts of the same make-up, so that the region effect cancels out.
    const perPerson = (p: DemandProfile, c: Category) =>
      mean(
        CODES.map((code) =>
          mean(generateDemoSeries({ ...p, regionCode: code }, c).months.map((m) => m.hoursRequested)),
        ),
      ) / p.population;
    expect(perPerson(village, "care")).toBeGreaterThan(2 * perPerson(city, "care"));
    expect(perPerson(city, "education")).toBeGreaterThan(1.4 * perPerson(village, "education"));
    expect(demographicLevel(city, "digital_help")).toBeCloseTo(0.008 * 80_000);
  });

  it("has the category's season: environment in summer above winter, care the other way", () => {
    const byCalendarMonth = (c: Category) => {
      const months = generateDemoSeries(city, c).months;
      const of = (mm: string) =>
        mean(months.filter((m) => m.period.endsWith(mm)).map((m) => m.hoursRequested));
      return { summer: of("-07"), winter: of("-01") };
    };
    expect(byCalendarMonth("environment").summer).toBeGreaterThan(
      1.5 * byCalendarMonth("environment").winter,
    );
    expect(byCalendarMonth("care").winter).toBeGreaterThan(1.2 * byCalendarMonth("care").summer);
    expect(mean(demoSeasonality("education"))).toBeCloseTo(1);
  });

  it("trends: digital help grows and education shrinks from 2021 to 2026", () => {
    const yearTotal = (c: Category, year: string) =>
      CODES.flatMap((code) =>
        generateDemoSeries({ ...city, regionCode: code }, c)
          .months.filter((m) => m.period.startsWith(year))
          .slice(0, 10),
      ).reduce((s, m) => s + m.hoursRequested, 0);
    expect(yearTotal("digital_help", "2026")).toBeGreaterThan(1.2 * yearTotal("digital_help", "2021"));
    expect(yearTotal("education", "2026")).toBeLessThan(yearTotal("education", "2021"));
  });

  it("leaves zero months in small categories of small districts, none in a large district's care", () => {
    const zeros = (p: DemandProfile, c: Category) =>
      generateDemoSeries(p, c).months.filter((m) => m.hoursRequested === 0).length;
    expect(zeros(village, "education") + zeros(village, "sports")).toBeGreaterThan(3);
    expect(zeros(city, "care")).toBe(0);
  });
});
