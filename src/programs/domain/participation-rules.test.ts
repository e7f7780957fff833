import { describe, expect, it } from "vitest";
import {
  careerMonthsInField,
  overlappingParticipations,
  yearsWithParticipation,
} from "./participation-rules.ts";

describe("participation rules", () => {
  it("treats end dates as inclusive and an open end as ongoing", () => {
    const history = [
      { program: "public_works", start: "2026-01-05", end: "2026-03-01" },
      { program: "community_jobs", start: "2026-04-01" },
    ];
    expect(overlappingParticipations(history, { start: "2026-03-01", end: "2026-03-31" })).toHaveLength(1);
    expect(overlappingParticipations(history, { start: "2026-03-02", end: "2026-03-31" })).toHaveLength(0);
    expect(overlappingParticipations(history, { start: "2030-01-01", end: "2030-01-01" })).toEqual([
      history[1],
    ]);
  });

  it("counts each calendar year touched, within the window", () => {
    expect(
      yearsWithParticipation([{ program: "x", start: "2023-11-01", end: "2025-02-28" }], 2023, 2025),
    ).toEqual([2023, 2024, 2025]);
    expect(
      yearsWithParticipation([{ program: "x", start: "2020-01-01", end: "2020-12-31" }], 2023, 2025),
    ).toEqual([]);
  });

  it("counts career months once when participations overlap, and the longest unbroken run", () => {
    const history = [
      { program: "a", start: "2023-01-10", end: "2023-06-30", field: "care" },
      { program: "b", start: "2023-05-01", end: "2023-12-31", field: "care" },
      { program: "c", start: "2024-03-01", end: "2024-04-30", field: "care" },
      { program: "d", start: "2024-01-01", end: "2024-12-31", field: "environment" },
    ];
    expect(careerMonthsInField(history, "care", "2026-01-01")).toEqual({
      totalMonths: 14,
      longestRunMonths: 12,
    });
    expect(careerMonthsInField(history, "care", "2023-03-15")).toEqual({
      totalMonths: 3,
      longestRunMonths: 3,
    });
  });
});
