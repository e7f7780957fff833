import { z } from "zod";
import { RESIDENT_GROUPS } from "../../residents/domain/resident-vocabulary.ts";
import { PROGRAM_CODES } from "./program-catalogue.ts";

/**
 * A program's rules for one year, as data (../shared/data/RULES.md): the national rule set,
 * overridden section by section for a 시도 or 시군구 (e.g. Seoul's 85% income limit). Every
 * figure carries its confidence and source; `unconfirmed` figures are used but shown as
 * "검토 필요" (needs review) wherever they appear.
 */
export const CONFIDENCES = ["official", "reported", "unconfirmed"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Text that PostgreSQL's jsonb can hold (no NUL) and a person can read. */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !s.includes("\u0000"), { message: "nul_character" });

const provenance = {
  confidence: z.enum(CONFIDENCES),
  source: text(3, 500),
};

const won = z.number().int().min(0).max(100_000_000_000);
const share = z.number().min(0).max(1);

export const ZAvailability = z
  .object({
    /** 시도/시군구 code prefixes where the program runs; absent means nationwide. */
    onlyIn: z
      .array(z.string().regex(/^\d{2}(\d{3})?$/))
      .min(1)
      .optional(),
    /** Prefixes where it does not run under this name, with the reason shown to residents. */
    notIn: z
      .array(
        z.object({
          prefix: z.string().regex(/^\d{2}(\d{3})?$/),
          reasonKo: text(2, 200),
          reasonEn: text(2, 200),
        }),
      )
      .optional(),
    ...provenance,
  })
  .strict();

export const ZAgeRule = z
  .object({
    min: z.number().int().min(0).max(120).optional(),
    max: z.number().int().min(0).max(120).optional(),
    ...provenance,
  })
  .strict()
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: "min_above_max",
    path: ["max"],
  });

export const ZIncomeRule = z
  .object({
    /** Household income at or below this % of 기준중위소득 for the household's size. */
    maxPercentOfMedian: z.number().min(1).max(300),
    /** How agencies turn the percentage into won: 고창군 truncates, others round (RULES.md §2). */
    rounding: z.enum(["floor", "round"]),
    ...provenance,
  })
  .strict();

export const ZPropertyRule = z.object({ maxWon: won, ...provenance }).strict();
export const ZRequiredFact = z.object({ required: z.literal(true), ...provenance }).strict();
export const ZEmploymentRule = z
  .object({
    mustBeUnemployed: z.literal(true),
    minUnemployedMonths: z.number().int().min(0).max(120).optional(),
    ...provenance,
  })
  .strict();

/** Benefits or statuses that exclude a person (노인일자리: 생계급여, 직장가입자, 장기요양등급). */
export const EXCLUSION_FACTS = ["livelihoodBenefit", "employeeHealthInsurance", "longTermCareGrade"] as const;
export type ExclusionFact = (typeof EXCLUSION_FACTS)[number];
export const ZExclusions = z
  .object({ facts: z.array(z.enum(EXCLUSION_FACTS)).min(1), ...provenance })
  .strict();

/** 자활근로: on 생계급여, or 차상위 (income at or below a % of the median). */
export const ZNeedBasis = z
  .object({ livelihoodBenefitOrIncomeAtMostPercent: z.number().min(1).max(300), ...provenance })
  .strict();

export const ZExperienceRule = z
  .object({
    minYears: z.number().min(0).max(50),
    /** A relevant certificate counts instead of the years. */
    orCertificate: z.boolean(),
    ...provenance,
  })
  .strict();

export const ZTargetGroups = z
  .object({ anyOf: z.array(z.enum(RESIDENT_GROUPS)).min(1), ...provenance })
  .strict();

export const ZHoursBand = z
  .object({
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    maxPerWeek: z.number().min(0).max(52).optional(),
    minPerMonth: z.number().min(0).max(250).optional(),
    maxPerMonth: z.number().min(0).max(250).optional(),
    ...provenance,
  })
  .strict();

export const ZPayRule = z
  .object({
    kind: z.enum(["minimum_wage", "monthly_allowance", "daily_rate", "contract"]),
    amountWon: won.optional(),
    ...provenance,
  })
  .strict();

export const ZStage = z
  .object({ nameKo: text(1, 80), nameEn: text(1, 80), months: z.number().int().min(1).max(12) })
  .strict();

export const ZFunding = z
  .object({ national: share, metropolitan: share, district: share, ...provenance })
  .strict()
  .refine((f) => Math.abs(f.national + f.metropolitan + f.district - 1) < 1e-9, {
    message: "shares_must_sum_to_1",
    path: ["national"],
  });

export const ZCrossProgram = z
  .object({
    /** No two direct-job programs over overlapping dates (합동지침). */
    noOverlap: z.boolean(),
    /** Barred when the person took part in more than `maxYears` of the last `windowYears` years. */
    repeatLimit: z
      .object({ windowYears: z.number().int().min(1).max(10), maxYears: z.number().int().min(0).max(10) })
      .optional(),
    /** Put at the back of the selection order after `minYears` of participation in `windowYears`. */
    backOfQueue: z
      .object({ windowYears: z.number().int().min(1).max(10), minYears: z.number().int().min(1).max(10) })
      .optional(),
    /** Participants at or above `age` limited to this share of a cohort (35% in 공공근로). */
    seniorShareCap: z.object({ age: z.number().int().min(0).max(120), maxShare: share }).optional(),
    ...provenance,
  })
  .strict();

/** One component of a program's selection score; points per band, bands checked in order. */
export const ZPriorityComponent = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("income"),
      bands: z.array(z.object({ atMostPercent: z.number().min(0).max(300), points: z.number() })).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal("property"),
      bands: z.array(z.object({ atMostWon: won, points: z.number() })).min(1),
    })
    .strict(),
  z.object({ kind: z.literal("dependants"), pointsEach: z.number(), maxPoints: z.number() }).strict(),
  z
    .object({
      kind: z.literal("groups"),
      points: z.partialRecord(z.enum(RESIDENT_GROUPS), z.number()),
      maxPoints: z.number(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("previous_participation"),
      pointsPerYear: z.number(),
      windowYears: z.number().int().min(1),
    })
    .strict(),
  z.object({ kind: z.literal("age"), atLeast: z.number().int(), points: z.number() }).strict(),
]);
export type PriorityComponent = z.infer<typeof ZPriorityComponent>;

export const ZPriority = z.object({ components: z.array(ZPriorityComponent).min(1), ...provenance }).strict();

/** The sections an officer may override for a region; each replaces the national section whole. */
export const ZRuleSections = z
  .object({
    availability: ZAvailability,
    age: ZAgeRule,
    income: ZIncomeRule,
    property: ZPropertyRule,
    basicPension: ZRequiredFact,
    employment: ZEmploymentRule,
    exclusions: ZExclusions,
    needBasis: ZNeedBasis,
    experience: ZExperienceRule,
    targetGroups: ZTargetGroups,
    hours: z.array(ZHoursBand).min(1),
    pay: ZPayRule,
    stages: z.array(ZStage).min(1),
    funding: ZFunding,
    crossProgram: ZCrossProgram,
    priority: ZPriority,
  })
  .partial()
  .strict();
export type RuleSections = z.infer<typeof ZRuleSections>;
export const RULE_SECTIONS = Object.keys(ZRuleSections.shape) as (keyof RuleSections)[];

export const ZRuleSet = z
  .object({
    program: z.enum(PROGRAM_CODES),
    year: z.number().int().min(2020).max(2100),
    /** Counts as a 직접일자리 for the cross-program rules (overlap, repeat limits). */
    directJob: z.boolean(),
    rules: ZRuleSections,
    notesKo: text(1, 500).optional(),
    notesEn: text(1, 500).optional(),
  })
  .strict();
export type RuleSet = z.infer<typeof ZRuleSet>;

/** A region's override: the sections it replaces, with who decided and why. */
export interface RuleOverride {
  regionPrefix: string;
  rules: RuleSections;
}

/**
 * The rules in force for a region: the national sections, then the 시도's, then the 시군구's
 * (a longer prefix wins). Sections are replaced whole so that an override never mixes a
 * district's figure with a national condition it was not written for.
 */
export function effectiveRules(
  national: RuleSet,
  overrides: readonly RuleOverride[],
  regionCode: string,
): RuleSet {
  const applicable = overrides
    .filter((o) => regionCode.startsWith(o.regionPrefix))
    .sort((a, b) => a.regionPrefix.length - b.regionPrefix.length);
  let rules: RuleSections = { ...national.rules };
  for (const o of applicable) rules = { ...rules, ...o.rules };
  return { ...national, rules };
}

/** Paths of every figure marked unconfirmed, for the "검토 필요" badges. */
export function sectionsNeedingReview(rules: RuleSections): (keyof RuleSections)[] {
  return RULE_SECTIONS.filter((key) => {
    const section = rules[key];
    if (!section) return false;
    const items = Array.isArray(section) ? section : [section];
    return items.some((item) => "confidence" in item && item.confidence === "unconfirmed");
  });
}
