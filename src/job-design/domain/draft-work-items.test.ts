import { describe, expect, it } from "vitest";
import { scheduleHours } from "../../shared/domain/weekly-schedule.ts";
import { ZWorkItemCreate } from "../../work-items/work-item.schema.ts";
import { designJobs, type Suggestion } from "./design-jobs.ts";
import { draftPeriods, draftWorkItems, weekdaySchedule } from "./draft-work-items.ts";
import { demand, designInput, occupation, programsOf, terms } from "./job-design.fixtures.ts";

const context = {
  organizationId: "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b",
  regionCode: "11620",
  startDate: "2026-04-01",
  place: { name: "관악구청", location: { lat: 37.4784, lng: 126.9516 }, provisional: false },
};

function suggestionOf(overrides: Parameters<typeof occupation>[0], stageMonths = [12]): Suggestion {
  const [s] = designJobs(
    designInput({
      catalogue: [occupation(overrides)],
      programs: programsOf(terms("k_flex", { stageMonths })),
      demand: demand({ [overrides.category]: { demand: 1000 } }),
    }),
  ).suggestions;
  return s!;
}

describe("draft work items from a suggestion", () => {
  it("covers the weekly hours with a weekday schedule on the half hour", () => {
    for (const hours of [13.5, 20, 22.5, 25, 30]) {
      const schedule = weekdaySchedule(hours);
      expect(schedule.map((s) => s.day)).toEqual(["mon", "tue", "wed", "thu", "fri"]);
      expect(scheduleHours(schedule)).toBeGreaterThanOrEqual(hours);
      expect(scheduleHours(schedule) - hours).toBeLessThan(2.5);
    }
    expect(weekdaySchedule(25)[0]).toEqual({ day: "mon", start: "09:00", end: "14:00" });
  });

  it("cuts the months at the program's stages", () => {
    const program = terms("public_works", { stageMonths: [5, 5] });
    expect(draftPeriods({ months: 10, seasonMonths: null, program }, "2026-03-01")).toEqual([
      { first: 2026 * 12 + 2, last: 2026 * 12 + 6 },
      { first: 2026 * 12 + 7, last: 2026 * 12 + 11 },
    ]);
    expect(draftPeriods({ months: 7, seasonMonths: null, program }, "2026-03-01")).toHaveLength(2);
    expect(
      draftPeriods({ months: 4, seasonMonths: null, program: terms("k_flex") }, "2026-03-01"),
    ).toHaveLength(1);
  });

  it("gives seasonal work one item per unbroken run of its season", () => {
    const fireWatch = suggestionOf({
      code: "fire_watch",
      category: "safety",
      months: 6,
      seasonMonths: [2, 3, 4, 5, 11, 12],
    });
    const items = draftWorkItems(fireWatch, { ...context, startDate: "2026-04-01" });
    expect(items.map((i) => [i.startDate, i.endDate])).toEqual([
      ["2026-04-01", "2026-05-31"],
      ["2026-11-01", "2026-12-31"],
      ["2027-02-01", "2027-03-31"],
    ]);
    expect(items.every((i) => i.kind === "seasonal")).toBe(true);
    expect(items[0]!.title).toBe("직무 fire_watch (1/3단계)");
  });

  it("makes drafts that pass every rule of a new work item", () => {
    const s = suggestionOf(
      {
        code: "helper",
        category: "care",
        skills: ["elder_care"],
        certificates: ["care_worker", "first_aid"],
        requiredCertificates: ["care_worker"],
        targetGroups: ["senior", "career_break_woman"],
      },
      [5, 5],
    );
    const items = draftWorkItems(s, { ...context, startDate: "2026-03-16" });
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      status: "draft",
      startDate: "2026-03-16",
      endDate: "2026-07-31",
      headcount: s.positions,
      hourlyWage: 10_320,
      hoursPerWeek: s.hoursPerWeek,
      programCode: "k_flex",
      placeName: "관악구청",
      preferredSkills: ["elder_care"],
      requiredCertificates: ["care_worker"],
      preferredCertificates: ["first_aid"],
      targetGroups: ["senior", "career_break_woman"],
      kind: "medium_term",
    });
    expect(items[1]).toMatchObject({ startDate: "2026-08-01", endDate: "2026-12-31" });
    expect(items[0]!.description).toContain(s.summaryKo);
    for (const item of items) expect(ZWorkItemCreate.safeParse(item).success).toBe(true);
  });

  it("leaves the place out of remote work and flags a stand-in place", () => {
    const remote = suggestionOf({ code: "caller", category: "care", remote: true });
    const [item] = draftWorkItems(remote, context);
    expect(item).toMatchObject({ remote: true, placeName: null, location: null });
    expect(ZWorkItemCreate.safeParse(item).success).toBe(true);
    const onSite = suggestionOf({ code: "visitor", category: "care" });
    const [provisional] = draftWorkItems(onSite, {
      ...context,
      place: { ...context.place, provisional: true },
    });
    expect(provisional!.description).toContain("근무 장소는 임시");
  });
});
