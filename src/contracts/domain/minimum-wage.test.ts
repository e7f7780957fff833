import { describe, expect, it } from "vitest";
import { minimumWageFor } from "./minimum-wage.ts";

describe("minimum wage", () => {
  it("gives the statutory figure for a known year", () => {
    expect(minimumWageFor(2026)).toEqual({ year: 2026, wage: 10320 });
    expect(minimumWageFor(2025)).toEqual({ year: 2025, wage: 10030 });
  });

  it("uses the latest known figure for a year not yet announced, and none before the table", () => {
    expect(minimumWageFor(2028)).toEqual({ year: 2026, wage: 10320 });
    expect(minimumWageFor(1990)).toBeNull();
  });
});
