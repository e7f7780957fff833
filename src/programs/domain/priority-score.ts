import { ageOn, type EligibilityProfile } from "./eligibility-profile.ts";
import { type MedianIncomeYear, medianIncomeFor, percentOfMedian } from "./median-income.ts";
import { yearsWithParticipation } from "./participation-rules.ts";
import { wonShort } from "./rule-outcome.ts";
import type { PriorityComponent, RuleSet } from "./rule-set.ts";

export interface ScoreComponent {
  kind: PriorityComponent["kind"];
  points: number;
  messageKo: string;
  messageEn: string;
  /** The fact was not given, so the component scored nothing. */
  missing?: string;
}

export interface PriorityScore {
  total: number;
  components: ScoreComponent[];
  needsReview: boolean;
}

const GROUP_NAMES: Record<string, { ko: string; en: string }> = {
  youth: { ko: "청년", en: "youth" },
  senior: { ko: "어르신", en: "senior" },
  career_break_woman: { ko: "경력단절여성", en: "career-break woman" },
  disabled: { ko: "장애인", en: "disabled" },
  low_income: { ko: "저소득층", en: "low income" },
  new_middle_age: { ko: "신중년", en: "new middle age" },
};

/**
 * The selection score a program gives an applicant: the sum of its components (income band,
 * property band, dependants, vulnerable groups, age, previous participation), each explained.
 * The weights are the program's data; a missing fact scores zero and is named.
 */
export function priorityScore(
  profile: EligibilityProfile,
  set: RuleSet,
  date: string,
  medianIncomes: readonly MedianIncomeYear[],
  isDirectJob: (code: string) => boolean,
): PriorityScore | null {
  const priority = set.rules.priority;
  if (!priority) return null;
  const components = priority.components.map((c) =>
    scoreComponent(c, profile, date, medianIncomes, isDirectJob),
  );
  return {
    total: components.reduce((sum, c) => sum + c.points, 0),
    components,
    needsReview: priority.confidence === "unconfirmed",
  };
}

function scoreComponent(
  c: PriorityComponent,
  profile: EligibilityProfile,
  date: string,
  medianIncomes: readonly MedianIncomeYear[],
  isDirectJob: (code: string) => boolean,
): ScoreComponent {
  switch (c.kind) {
    case "income": {
      const { householdSize, householdIncomeMonthly } = profile;
      const median = householdSize
        ? medianIncomeFor(medianIncomes, Number(date.slice(0, 4)), householdSize)
        : null;
      if (householdIncomeMonthly === undefined || !median) {
        return {
          kind: c.kind,
          points: 0,
          missing: "householdIncomeMonthly",
          messageKo: "소득: 정보 없음 (0점)",
          messageEn: "Income: not given (0)",
        };
      }
      const pct = percentOfMedian(householdIncomeMonthly, median.monthlyWon);
      const band = c.bands.find((b) => pct <= b.atMostPercent);
      const points = band?.points ?? 0;
      return {
        kind: c.kind,
        points,
        messageKo: `소득: 기준중위소득 ${pct}% (${points}점)`,
        messageEn: `Income: ${pct}% of the median (${points})`,
      };
    }
    case "property": {
      const v = profile.propertyValue;
      if (v === undefined)
        return {
          kind: c.kind,
          points: 0,
          missing: "propertyValue",
          messageKo: "재산: 정보 없음 (0점)",
          messageEn: "Property: not given (0)",
        };
      const points = c.bands.find((b) => v <= b.atMostWon)?.points ?? 0;
      return {
        kind: c.kind,
        points,
        messageKo: `재산: ${wonShort(v)} (${points}점)`,
        messageEn: `Property: KRW ${v.toLocaleString("en-US")} (${points})`,
      };
    }
    case "dependants": {
      const n =
        profile.dependants ?? (profile.householdSize !== undefined ? profile.householdSize - 1 : undefined);
      if (n === undefined)
        return {
          kind: c.kind,
          points: 0,
          missing: "householdSize",
          messageKo: "부양가족: 정보 없음 (0점)",
          messageEn: "Dependants: not given (0)",
        };
      const points = Math.min(c.maxPoints, n * c.pointsEach);
      return {
        kind: c.kind,
        points,
        messageKo: `부양가족 ${n}명 (${points}점)`,
        messageEn: `${n} dependants (${points})`,
      };
    }
    case "groups": {
      const groups = profile.groups ?? [];
      const scored = groups.filter((g) => (c.points[g] ?? 0) !== 0);
      const points = Math.min(
        c.maxPoints,
        scored.reduce((sum, g) => sum + (c.points[g] ?? 0), 0),
      );
      const ko = scored.map((g) => GROUP_NAMES[g]?.ko ?? g).join(", ");
      const en = scored.map((g) => GROUP_NAMES[g]?.en ?? g).join(", ");
      return {
        kind: c.kind,
        points,
        messageKo: scored.length ? `취약계층: ${ko} (${points}점)` : "취약계층: 해당 없음 (0점)",
        messageEn: scored.length ? `Priority groups: ${en} (${points})` : "Priority groups: none (0)",
      };
    }
    case "age": {
      const age = ageOn(profile.birthDate, date);
      const points = age >= c.atLeast ? c.points : 0;
      return {
        kind: c.kind,
        points,
        messageKo: `연령: 만 ${age}세 (${points}점)`,
        messageEn: `Age ${age} (${points})`,
      };
    }
    case "previous_participation": {
      if (!profile.participations)
        return {
          kind: c.kind,
          points: 0,
          missing: "participations",
          messageKo: "참여 이력: 정보 없음 (0점)",
          messageEn: "Participation history: not given (0)",
        };
      const year = Number(date.slice(0, 4));
      const years = yearsWithParticipation(
        profile.participations.filter((p) => isDirectJob(p.program)),
        year - c.windowYears,
        year - 1,
      );
      const points = years.length === 0 ? 0 : years.length * c.pointsPerYear;
      return {
        kind: c.kind,
        points,
        messageKo: `최근 ${c.windowYears}년 참여 ${years.length}년 (${points}점)`,
        messageEn: `Took part in ${years.length} of the last ${c.windowYears} years (${points})`,
      };
    }
  }
}
