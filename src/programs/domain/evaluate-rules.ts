import { CERTIFICATES } from "../../shared/domain/skill-catalogue.ts";
import { ageOn, type EligibilityProfile, type Participation } from "./eligibility-profile.ts";
import { incomeLimitWon, type MedianIncomeYear, medianIncomeFor, percentOfMedian } from "./median-income.ts";
import { overlappingParticipations, yearsWithParticipation } from "./participation-rules.ts";
import { type RuleOutcome, unknown, verdict, won, wonEn, wonShort } from "./rule-outcome.ts";
import type { RuleSet } from "./rule-set.ts";

export interface EvaluationContext {
  /** The evaluation date (YYYY-MM-DD): ages, years and windows are taken on it. */
  date: string;
  /** The period the person would work (a cohort's dates); defaults to the date itself. */
  period?: { start: string; end: string };
  medianIncomes: readonly MedianIncomeYear[];
  programName: (code: string) => { ko: string; en: string };
  /** Programs that count as 직접일자리 for overlap and repeat limits. */
  isDirectJob: (code: string) => boolean;
  regionName: (prefix: string) => { ko: string; en: string } | undefined;
}

const review = (section: { confidence: string } | undefined) => section?.confidence === "unconfirmed";

/** Every rule of the program that applies, in a fixed order, each with its reason. */
export function evaluateRules(
  profile: EligibilityProfile,
  set: RuleSet,
  ctx: EvaluationContext,
): RuleOutcome[] {
  const r = set.rules;
  const out: RuleOutcome[] = [];
  const age = ageOn(profile.birthDate, ctx.date);
  const place = (p: string) => ctx.regionName(p) ?? { ko: p, en: p };

  if (r.availability) {
    const { onlyIn, notIn } = r.availability;
    const excluded = notIn?.find((n) => profile.regionCode.startsWith(n.prefix));
    if (onlyIn && !onlyIn.some((p) => profile.regionCode.startsWith(p))) {
      const names = onlyIn.map(place);
      out.push(
        verdict(
          "residence",
          false,
          ["", `${names.map((n) => n.ko).join(", ")} 주민만 참여할 수 있습니다`],
          ["", `Only for residents of ${names.map((n) => n.en).join(", ")}`],
          review(r.availability),
        ),
      );
    } else if (excluded) {
      out.push(
        verdict("residence", false, ["", excluded.reasonKo], ["", excluded.reasonEn], review(r.availability)),
      );
    } else {
      const here = place(profile.regionCode);
      out.push(
        verdict(
          "residence",
          true,
          [`${here.ko}에서 운영합니다`, ""],
          [`Runs in ${here.en}`, ""],
          review(r.availability),
        ),
      );
    }
  }

  if (r.age) {
    const { min, max } = r.age;
    const range = `${min !== undefined ? `만 ${min}세 이상` : ""}${min !== undefined && max !== undefined ? " " : ""}${max !== undefined ? `만 ${max}세 이하` : ""}`;
    const rangeEn = `${min !== undefined ? `${min} or older` : ""}${min !== undefined && max !== undefined ? " and " : ""}${max !== undefined ? `${max} or younger` : ""}`;
    const ok = (min === undefined || age >= min) && (max === undefined || age <= max);
    out.push(
      verdict(
        "age",
        ok,
        [
          `나이 조건(${range})을 충족합니다 (만 ${age}세)`,
          `나이 조건(${range})에 맞지 않습니다 (만 ${age}세)`,
        ],
        [
          `Meets the age rule (${rangeEn}; age ${age})`,
          `Does not meet the age rule (${rangeEn}; age ${age})`,
        ],
        review(r.age),
      ),
    );
  }

  if (r.basicPension) {
    const v = profile.receivesBasicPension;
    out.push(
      v === undefined
        ? unknown(
            "basic_pension",
            ["receivesBasicPension"],
            "기초연금 수급 여부를 확인해야 합니다 (기초연금 수급 증명)",
            "Basic-pension receipt must be confirmed (certificate)",
            review(r.basicPension),
          )
        : verdict(
            "basic_pension",
            v,
            ["기초연금을 받고 있습니다", "기초연금 수급자만 참여할 수 있습니다"],
            ["Receives the basic pension", "Only basic-pension recipients may take part"],
            review(r.basicPension),
          ),
    );
  }

  if (r.income) out.push(incomeRule(profile, r.income, ctx));

  if (r.property) {
    const v = profile.propertyValue;
    const limit = r.property.maxWon;
    out.push(
      v === undefined
        ? unknown(
            "property",
            ["propertyValue"],
            `가구 재산이 ${wonShort(limit)} 이하인지 확인해야 합니다 (재산 자료)`,
            `Household property must be shown to be at most ${wonEn(limit)}`,
            review(r.property),
          )
        : verdict(
            "property",
            v <= limit,
            [
              `가구 재산이 ${wonShort(limit)} 이하입니다`,
              `가구 재산이 ${wonShort(limit)}을 초과합니다 (${wonShort(v)})`,
            ],
            [
              `Household property is within ${wonEn(limit)}`,
              `Household property exceeds ${wonEn(limit)} (${wonEn(v)})`,
            ],
            review(r.property),
          ),
    );
  }

  if (r.employment) out.push(employmentRule(profile, r.employment.minUnemployedMonths, review(r.employment)));

  if (r.exclusions)
    for (const fact of r.exclusions.facts) out.push(exclusionRule(profile, fact, review(r.exclusions)));

  if (r.needBasis)
    out.push(
      needBasisRule(profile, r.needBasis.livelihoodBenefitOrIncomeAtMostPercent, ctx, review(r.needBasis)),
    );

  if (r.experience)
    out.push(
      experienceRule(profile, r.experience.minYears, r.experience.orCertificate, review(r.experience)),
    );

  if (r.targetGroups) {
    const groups = profile.groups;
    const wanted = r.targetGroups.anyOf;
    out.push(
      groups === undefined
        ? unknown(
            "target_group",
            ["groups"],
            "대상 계층에 해당하는지 확인해야 합니다",
            "Membership of a target group must be confirmed",
            review(r.targetGroups),
          )
        : verdict(
            "target_group",
            groups.some((g) => wanted.includes(g)),
            ["대상 계층에 해당합니다", "대상 계층에 해당하지 않습니다"],
            ["Belongs to a target group", "Does not belong to a target group"],
            review(r.targetGroups),
          ),
    );
  }

  if (r.crossProgram) out.push(...crossProgramRules(profile, set, ctx));

  if (r.hours) {
    const band = r.hours.find(
      (h) => (h.minAge === undefined || age >= h.minAge) && (h.maxAge === undefined || age <= h.maxAge),
    );
    if (band) out.push(hoursInfo(band, review(band)));
  }
  return out;
}

function incomeRule(
  profile: EligibilityProfile,
  rule: NonNullable<RuleSet["rules"]["income"]>,
  ctx: EvaluationContext,
): RuleOutcome {
  const pct = rule.maxPercentOfMedian;
  const missing = [
    ...(profile.householdSize === undefined ? ["householdSize"] : []),
    ...(profile.householdIncomeMonthly === undefined ? ["householdIncomeMonthly"] : []),
  ];
  if (missing.length > 0) {
    return unknown(
      "income",
      missing,
      `가구소득이 기준중위소득 ${pct}% 이하인지 확인해야 합니다 (가구원 수와 월 소득)`,
      `Household income must be shown to be at most ${pct}% of the standard median income (household size and monthly income)`,
      review(rule),
    );
  }
  const year = Number(ctx.date.slice(0, 4));
  const median = medianIncomeFor(ctx.medianIncomes, year, profile.householdSize!);
  if (!median) {
    return unknown(
      "income",
      ["medianIncomeTable"],
      `${year}년 기준중위소득 표가 없어 소득 기준을 판정할 수 없습니다`,
      `No standard median income table for ${year}`,
      true,
    );
  }
  const income = profile.householdIncomeMonthly!;
  const limit = incomeLimitWon(median.monthlyWon, pct, rule.rounding);
  const share = percentOfMedian(income, median.monthlyWon);
  const size = profile.householdSize!;
  return verdict(
    "income",
    income <= limit,
    [
      `가구소득이 기준중위소득 ${pct}% 이하입니다 (${share}%, ${size}인 가구 기준 ${won(limit)})`,
      `가구소득이 기준중위소득 ${pct}%를 초과합니다 (${share}%, ${size}인 가구 기준 ${won(limit)})`,
    ],
    [
      `Household income is at most ${pct}% of the median (${share}%; limit ${wonEn(limit)} for ${size})`,
      `Household income exceeds ${pct}% of the median (${share}%; limit ${wonEn(limit)} for ${size})`,
    ],
    review(rule) || median.needsReview,
  );
}

function employmentRule(
  profile: EligibilityProfile,
  minMonths: number | undefined,
  needsReview: boolean,
): RuleOutcome {
  if (profile.employed === undefined) {
    return unknown(
      "employment",
      ["employed"],
      "미취업 상태인지 확인해야 합니다 (고용보험 이력)",
      "Unemployment must be confirmed (employment-insurance record)",
      needsReview,
    );
  }
  if (profile.employed)
    return verdict(
      "employment",
      false,
      ["", "현재 취업 중이면 참여할 수 없습니다 (미취업자 대상)"],
      ["", "Only for people not currently employed"],
      needsReview,
    );
  if (minMonths !== undefined && minMonths > 0) {
    if (profile.unemployedMonths === undefined) {
      return unknown(
        "employment",
        ["unemployedMonths"],
        `미취업 기간이 ${minMonths}개월 이상인지 확인해야 합니다`,
        `Must show at least ${minMonths} months without work`,
        needsReview,
      );
    }
    const ok = profile.unemployedMonths >= minMonths;
    return verdict(
      "employment",
      ok,
      [
        `미취업 기간 ${profile.unemployedMonths}개월로 조건을 충족합니다`,
        `미취업 기간이 ${minMonths}개월 미만입니다 (${profile.unemployedMonths}개월)`,
      ],
      [
        `Unemployed for ${profile.unemployedMonths} months`,
        `Unemployed for less than ${minMonths} months (${profile.unemployedMonths})`,
      ],
      needsReview,
    );
  }
  return verdict("employment", true, ["미취업 상태입니다", ""], ["Not currently employed", ""], needsReview);
}

const EXCLUSION_TEXT = {
  livelihoodBenefit: { ko: "생계급여 수급자", en: "livelihood-benefit recipients" },
  employeeHealthInsurance: { ko: "건강보험 직장가입자", en: "people insured as employees" },
  longTermCareGrade: {
    ko: "장기요양등급(인지지원등급 포함) 보유자",
    en: "people with a long-term-care grade",
  },
} as const;

function exclusionRule(
  profile: EligibilityProfile,
  fact: keyof typeof EXCLUSION_TEXT,
  needsReview: boolean,
): RuleOutcome {
  const text = EXCLUSION_TEXT[fact];
  const raw = profile[fact];
  const excluded = typeof raw === "number" ? raw > 0 : raw;
  if (excluded === undefined) {
    return {
      rule: `exclusion.${fact}`,
      outcome: "passed",
      toConfirm: true,
      messageKo: `${text.ko}는 참여할 수 없습니다: 해당 여부를 신청 때 확인합니다`,
      messageEn: `Not open to ${text.en}: checked at application`,
      ...(needsReview ? { needsReview } : {}),
    };
  }
  return verdict(
    `exclusion.${fact}`,
    !excluded,
    [`${text.ko}가 아닙니다`, `${text.ko}는 참여할 수 없습니다`],
    [`Not among ${text.en}`, `Not open to ${text.en}`],
    needsReview,
  );
}

function needBasisRule(
  profile: EligibilityProfile,
  pct: number,
  ctx: EvaluationContext,
  needsReview: boolean,
): RuleOutcome {
  if (profile.livelihoodBenefit === true) {
    return verdict(
      "need_basis",
      true,
      ["생계급여 수급자(조건부수급자 등)입니다", ""],
      ["Receives the livelihood benefit", ""],
      needsReview,
    );
  }
  const income = incomeRule(
    profile,
    { maxPercentOfMedian: pct, rounding: "floor", confidence: "reported", source: "" },
    ctx,
  );
  if (income.outcome === "passed") {
    return {
      ...income,
      rule: "need_basis",
      messageKo: `차상위 소득 기준(기준중위소득 ${pct}% 이하)에 해당합니다`,
      messageEn: `Near-poor: income at most ${pct}% of the median`,
    };
  }
  if (income.outcome === "unknown" || profile.livelihoodBenefit === undefined) {
    return unknown(
      "need_basis",
      [...(profile.livelihoodBenefit === undefined ? ["livelihoodBenefit"] : []), ...(income.missing ?? [])],
      `생계급여 수급자이거나 소득이 기준중위소득 ${pct}% 이하(차상위)인지 확인해야 합니다`,
      `Must be a livelihood-benefit recipient or have income at most ${pct}% of the median`,
      needsReview,
    );
  }
  return verdict(
    "need_basis",
    false,
    ["", `생계급여 수급자나 차상위(기준중위소득 ${pct}% 이하)가 아닙니다`],
    ["", `Neither a livelihood-benefit recipient nor near-poor (≤ ${pct}% of the median)`],
    needsReview,
  );
}

const CERTIFICATE_NAMES = new Map<string, { ko: string; en: string }>([
  ...CERTIFICATES.map((c) => [c.code as string, c] as const),
  ["other", { ko: "기타 자격", en: "another certificate" }],
]);

/** Catalogue codes (as the self-check sends them) by name; other text as it was given. */
function certificateNames(certs: readonly string[], lang: "ko" | "en"): string {
  return certs.map((c) => CERTIFICATE_NAMES.get(c)?.[lang] ?? c).join(", ");
}

function experienceRule(
  profile: EligibilityProfile,
  minYears: number,
  orCertificate: boolean,
  needsReview: boolean,
): RuleOutcome {
  const years = profile.experienceYears ? Math.max(0, ...Object.values(profile.experienceYears)) : undefined;
  const certs = profile.certificates;
  if (orCertificate && certs && certs.length > 0) {
    return verdict(
      "experience",
      true,
      [`관련 자격(${certificateNames(certs, "ko")})을 갖고 있습니다`, ""],
      [`Holds a relevant certificate (${certificateNames(certs, "en")})`, ""],
      needsReview,
    );
  }
  if (years !== undefined && years >= minYears) {
    return verdict(
      "experience",
      true,
      [`관련 분야 경력 ${years}년으로 ${minYears}년 이상입니다`, ""],
      [`${years} years of experience in the field (${minYears} needed)`, ""],
      needsReview,
    );
  }
  if (years === undefined || (orCertificate && certs === undefined)) {
    const missing = [
      ...(years === undefined ? ["experienceYears"] : []),
      ...(orCertificate && certs === undefined ? ["certificates"] : []),
    ];
    return unknown(
      "experience",
      missing,
      `관련 분야 경력 ${minYears}년 이상${orCertificate ? " 또는 관련 자격" : ""}을 확인해야 합니다 (경력증명서)`,
      `At least ${minYears} years in the field${orCertificate ? " or a relevant certificate" : ""} must be shown`,
      needsReview,
    );
  }
  return verdict(
    "experience",
    false,
    [
      "",
      `관련 분야 경력이 ${minYears}년 미만입니다 (${years}년)${orCertificate ? "; 관련 자격도 없습니다" : ""}`,
    ],
    ["", `Less than ${minYears} years in the field (${years})${orCertificate ? " and no certificate" : ""}`],
    needsReview,
  );
}

function crossProgramRules(profile: EligibilityProfile, set: RuleSet, ctx: EvaluationContext): RuleOutcome[] {
  const rule = set.rules.crossProgram!;
  const needsReview = review(rule);
  const history = profile.participations;
  const out: RuleOutcome[] = [];
  if (history === undefined) {
    if (rule.noOverlap || rule.repeatLimit) {
      out.push({
        rule: "participation_history",
        outcome: "passed",
        toConfirm: true,
        messageKo: "다른 직접일자리 참여 이력은 신청 때 확인합니다 (중복·반복 참여 제한)",
        messageEn: "Other direct-job participation is checked at application (overlap and repeat limits)",
        ...(needsReview ? { needsReview } : {}),
      });
    }
    return out;
  }
  const counted = history.filter((p) => ctx.isDirectJob(p.program));
  if (rule.noOverlap) {
    const period = ctx.period ?? { start: ctx.date, end: ctx.date };
    const clashes = overlappingParticipations(counted, period);
    const describe = (p: Participation, lang: "ko" | "en") =>
      `${ctx.programName(p.program)[lang]} ${p.start}~${p.end ?? (lang === "ko" ? "참여 중" : "ongoing")}`;
    out.push(
      verdict(
        "overlap",
        clashes.length === 0,
        [
          "참여 기간이 겹치는 다른 직접일자리가 없습니다",
          `다른 직접일자리와 참여 기간이 겹칩니다: ${clashes.map((p) => describe(p, "ko")).join(", ")}`,
        ],
        [
          "No overlapping direct-job participation",
          `Overlaps with another direct job: ${clashes.map((p) => describe(p, "en")).join(", ")}`,
        ],
        needsReview,
      ),
    );
  }
  const year = Number(ctx.date.slice(0, 4));
  if (rule.repeatLimit) {
    const { windowYears, maxYears } = rule.repeatLimit;
    const years = yearsWithParticipation(counted, year - windowYears, year - 1);
    out.push(
      verdict(
        "repeat_limit",
        years.length <= maxYears,
        [
          `최근 ${windowYears}년 중 ${years.length}년 참여로 반복 참여 제한에 걸리지 않습니다`,
          `최근 ${windowYears}년 중 ${years.length}년(${years.join(", ")}) 참여하여 1년간 참여가 제한됩니다`,
        ],
        [
          `Took part in ${years.length} of the last ${windowYears} years: within the repeat limit`,
          `Took part in ${years.length} of the last ${windowYears} years (${years.join(", ")}): barred for a year`,
        ],
        needsReview,
      ),
    );
  }
  return out;
}

function hoursInfo(band: NonNullable<RuleSet["rules"]["hours"]>[number], needsReview: boolean): RuleOutcome {
  const ko: string[] = [];
  const en: string[] = [];
  if (band.maxPerWeek !== undefined) {
    ko.push(`주 최대 ${band.maxPerWeek}시간`);
    en.push(`up to ${band.maxPerWeek} h a week`);
  }
  if (band.minPerMonth !== undefined) {
    ko.push(`월 ${band.minPerMonth}시간 이상`);
    en.push(`at least ${band.minPerMonth} h a month`);
  }
  if (band.maxPerMonth !== undefined) {
    ko.push(`월 최대 ${band.maxPerMonth}시간`);
    en.push(`up to ${band.maxPerMonth} h a month`);
  }
  return {
    rule: "hours",
    outcome: "passed",
    messageKo: `근무 시간: ${ko.join(", ")}`,
    messageEn: `Working hours: ${en.join(", ")}`,
    ...(needsReview ? { needsReview } : {}),
  };
}
