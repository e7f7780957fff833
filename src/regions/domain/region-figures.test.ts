import { describe, expect, it } from "vitest";
import { ageBands, percent, sumAges } from "./region-figures.ts";

describe("region figures", () => {
  const byAge = Array.from({ length: 101 }, (_, age) => age); // population at age a = a

  it("sums age ranges, 100 meaning 100 and over", () => {
    expect(sumAges(byAge, 0, 2)).toBe(3);
    expect(sumAges(byAge, 99)).toBe(199);
  });

  it("derives the program age bands", () => {
    const bands = ageBands(byAge);
    expect(bands.children0to17).toBe((17 * 18) / 2);
    expect(bands.seniors65plus).toBe(sumAges(byAge, 65, 100));
    expect(bands.newMiddleAge50to64).toBe(sumAges(byAge, 50, 64));
  });

  it("gives percentages with one decimal and null for an empty base", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 0)).toBeNull();
  });
});
