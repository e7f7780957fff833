import { describe, expect, it } from "vitest";
import { applicant, cohortInput, north, workItem } from "./allocation-fixtures.ts";
import { planConfirmation } from "./plan-confirmation.ts";

const NONE = { remove: [], change: [] };

describe("planConfirmation", () => {
  const park = workItem({ title: "공원 정비", freePlaces: 1 });
  const library = workItem({ title: "도서관 도우미", freePlaces: 1 });
  const farAway = workItem({ title: "먼 일감", freePlaces: 1, fields: { location: north(10) } });
  const [a, b, c] = [applicant(), applicant(), applicant()];
  const busy = applicant({ clash: { ko: "공공근로", en: "Public works" } });
  const input = cohortInput({
    cohortPlaces: 2,
    applicants: [a!, b!, c!, busy],
    workItems: [park, library, farAway],
  });
  const proposed = [
    { applicationId: a!.applicationId, workItemId: park.workItemId },
    { applicationId: b!.applicationId, workItemId: library.workItemId },
  ];

  it("takes the proposal as it is and wait-lists the rest in order, leaving out clashing applicants", () => {
    const plan = planConfirmation(input, proposed, NONE);
    expect(plan.errors).toEqual([]);
    expect(plan.pairs).toEqual(proposed);
    expect(plan.waitlist).toEqual([c!.applicationId]);
  });

  it("applies removals and changes", () => {
    const plan = planConfirmation(input, proposed, {
      remove: [b!.applicationId],
      change: [{ applicationId: c!.applicationId, workItemId: library.workItemId }],
    });
    expect(plan.errors).toEqual([]);
    expect(plan.pairs).toEqual([
      proposed[0],
      { applicationId: c!.applicationId, workItemId: library.workItemId },
    ]);
    expect(plan.waitlist).toEqual([b!.applicationId]);
  });

  it("refuses a pair that fails a hard condition, an unknown applicant or item, and a broken limit", () => {
    const plan = planConfirmation(input, proposed, {
      remove: [c!.applicationId],
      change: [
        { applicationId: c!.applicationId, workItemId: farAway.workItemId },
        { applicationId: busy.applicationId, workItemId: park.workItemId },
        { applicationId: "00000000-0000-4000-8000-999999999999", workItemId: park.workItemId },
        { applicationId: b!.applicationId, workItemId: "00000000-0000-4000-8000-999999999998" },
      ],
    });
    expect(plan.errors.map((e) => [e.field, e.reason])).toEqual([
      ["remove.0", "not_in_proposal"],
      ["change.0.workItemId", "hard_condition"],
      ["change.1.applicationId", "overlap"],
      ["change.2.applicationId", "not_a_candidate"],
      ["change.3.workItemId", "not_in_cohort"],
    ]);
    expect(plan.errors[1]!.messageKo).toContain("'먼 일감'에 배정할 수 없습니다");
  });

  it("refuses more applicants on an item, or in the cohort, than it has places", () => {
    const crowded = planConfirmation(input, proposed, {
      remove: [],
      change: [{ applicationId: c!.applicationId, workItemId: park.workItemId }],
    });
    expect(crowded.errors.map((e) => [e.field, e.reason])).toEqual([
      ["change.0.workItemId", "over_capacity"],
      ["change", "over_cohort_places"],
    ]);
    expect(crowded.errors[0]!.messageKo).toBe("'공원 정비'의 남은 자리는 1명인데 2명을 배정했습니다");
  });

  it("refuses more applicants at or above the cap's age than the cap allows", () => {
    const old = [applicant({ age: 70 }), applicant({ age: 72 })];
    const capped = cohortInput({
      cohortPlaces: 2,
      seniorCap: { age: 65, maxShare: 0.35 },
      applicants: old,
      workItems: [park, library],
    });
    const plan = planConfirmation(capped, [], {
      remove: [],
      change: [
        { applicationId: old[0]!.applicationId, workItemId: park.workItemId },
        { applicationId: old[1]!.applicationId, workItemId: library.workItemId },
      ],
    });
    expect(plan.errors.map((e) => e.reason)).toEqual(["senior_cap"]);
  });
});
