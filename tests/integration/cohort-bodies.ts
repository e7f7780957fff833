import type { TApplicationFacts, TCohortCreate } from "../../src/cohorts/cohort.schema.ts";

/**
 * Valid cohort and application bodies for the cross-cutting tests. The test clock is 2026-03-02:
 * recruitment is open around it and the cohort runs from April. 지역공동체일자리 runs nationwide,
 * so the same body serves a district in any 시도.
 */
export function cohortBody(overrides: Partial<TCohortCreate> = {}): TCohortCreate {
  return {
    programCode: "community_jobs",
    regionCode: "11620",
    nameKo: "2026년 2분기 지역공동체일자리",
    nameEn: "Community jobs, Q2 2026",
    recruitStart: "2026-02-20",
    recruitEnd: "2026-03-10",
    periodStart: "2026-04-01",
    periodEnd: "2026-06-30",
    slots: 1,
    budgetWon: 12_000_000,
    workItems: [],
    ...overrides,
  };
}

/** What an applicant well within the program's rules declares (aged 55, income 40% of the median). */
export function applicationFacts(overrides: Partial<TApplicationFacts> = {}): TApplicationFacts {
  return {
    birthDate: "1970-05-05",
    householdSize: 1,
    householdIncomeMonthly: 1_000_000,
    propertyValue: 10_000_000,
    groups: [],
    ...overrides,
  };
}
