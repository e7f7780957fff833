import type { TApplicationFacts } from "../../cohorts/cohort.schema.ts";
import type { ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import { SeededRandom } from "../../shared/domain/seeded-random.ts";

/**
 * One demo cohort per pilot district, recruiting: 2027 상반기 of the district's public-works
 * program (Seoul runs it as 동행일자리), with synthetic applicants who declared plausible facts.
 * Fixed dates, like the rest of the demo (set in 2026): recruitment runs 2026-11-16 to 12-18.
 */
export interface DemoCohort {
  programCode: "public_works" | "seoul_companion";
  nameKo: string;
  nameEn: string;
  recruitStart: string;
  recruitEnd: string;
  periodStart: string;
  periodEnd: string;
  slots: number;
  budgetWon: number;
  applications: { residentId: string; channel: "online" | "walk_in"; facts: TApplicationFacts }[];
}

export interface DemoApplicant {
  id: string;
  birthYear: number;
  groups: ResidentGroup[];
}

export function generateDemoCohort(regionCode: string, applicants: readonly DemoApplicant[]): DemoCohort {
  const random = new SeededRandom(`cohort:${regionCode}`);
  const seoul = regionCode.startsWith("11");
  const programCode = seoul ? "seoul_companion" : "public_works";
  const chosen = random.sample(
    applicants.filter((a) => 2027 - a.birthYear >= 19),
    Math.min(24, applicants.length),
  );
  const slots = 10;
  // Five months at 30 h a week at the 2026 minimum wage, with paid weekly rest: a budget officers recognise.
  const monthly = Math.round(10_320 * (30 + 6) * 4.345);
  return {
    programCode,
    nameKo: `[데모] 2027년 상반기 ${seoul ? "동행일자리" : "공공근로"}`,
    nameEn: `[Demo] ${seoul ? "Seoul companion jobs" : "Public works"}, first half of 2027`,
    recruitStart: "2026-11-16",
    recruitEnd: "2026-12-18",
    periodStart: "2027-01-05",
    periodEnd: "2027-06-30",
    slots,
    budgetWon: Math.round((monthly * slots * 6) / 1000) * 1000,
    applications: chosen.map((a) => {
      const size = random.int(1, 4);
      // Mostly within the income limit, some above it, a few who did not say.
      const share = random.pick([0.2, 0.35, 0.5, 0.6, 0.65, 0.8, 0.95]);
      const base = [2_564_238, 4_199_292, 5_359_036, 6_494_738][size - 1]!;
      const facts: TApplicationFacts = {
        birthDate: `${a.birthYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
        householdSize: size,
        ...(random.chance(0.9) ? { householdIncomeMonthly: Math.round(base * share) } : {}),
        propertyValue: random.pick([0, 30_000_000, 80_000_000, 150_000_000, 350_000_000]),
        groups: a.groups,
      };
      return { residentId: a.id, channel: random.chance(0.6) ? "walk_in" : "online", facts };
    }),
  };
}
