import { describe, expect, it } from "vitest";
import { monthEnd, monthOf, monthStart } from "./months.ts";

describe("month indexes", () => {
  it("give the first and last day of a month, leap years and December included", () => {
    expect(monthStart(monthOf("2027-02"))).toBe("2027-02-01");
    expect(monthEnd(monthOf("2027-02"))).toBe("2027-02-28");
    expect(monthEnd(monthOf("2028-02"))).toBe("2028-02-29");
    expect(monthEnd(monthOf("2026-12-01"))).toBe("2026-12-31");
    expect(monthEnd(monthOf("2026-04"))).toBe("2026-04-30");
  });
});
