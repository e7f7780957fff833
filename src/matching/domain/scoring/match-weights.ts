/**
 * How much each part of a match counts, and the thresholds behind the hard filters, per program.
 * The figures are configuration (data/matching-weights.json: a default and overrides per program
 * code, merged section by section), validated here so that a bad file fails at start-up with the
 * field that is wrong, never at the first request.
 */
import { z } from "zod";
import { PROGRAM_CODES } from "../../../programs/domain/program-catalogue.ts";
import { RESIDENT_GROUPS, type ResidentGroup } from "../../../residents/domain/resident-vocabulary.ts";
import { MATCH_COMPONENT_KEYS, type MatchComponentKey } from "./match-vocabulary.ts";

const points = z.number().min(0).max(1000);
const share = z.number().min(0).max(1);

const ZComponentWeights = z
  .object(
    Object.fromEntries(MATCH_COMPONENT_KEYS.map((key) => [key, points])) as Record<
      MatchComponentKey,
      typeof points
    >,
  )
  .strict();

/** A cap on weekly hours for an age range (ages inclusive), as the programs' rules state them. */
const ZHoursCap = z
  .object({
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    maxPerWeek: z.number().min(0).max(52),
  })
  .strict();

const ZGroupWeights = z
  .object(Object.fromEntries(RESIDENT_GROUPS.map((g) => [g, share])) as Record<ResidentGroup, typeof share>)
  .strict();

export const ZMatchWeights = z
  .object({
    weights: ZComponentWeights,
    /** Share of an item's scheduled hours that must fall in the resident's availability. */
    minScheduleCoverage: share,
    hours: z
      .object({
        /** The weekly band the program aims at; bundles aim at its lower end when the resident wants more. */
        targetMin: z.number().min(0).max(52),
        targetMax: z.number().min(0).max(52),
        /** Hard caps (program rules: e.g. 공공근로 ≤ 30 h, ≤ 15 h from age 70). */
        caps: z.array(ZHoursCap).max(10),
      })
      .strict()
      .refine((h) => h.targetMin <= h.targetMax, { message: "target_min_above_max", path: ["targetMin"] }),
    /** How much each priority group counts (0–1) when the item targets it. */
    groupWeights: ZGroupWeights,
    /** The share of a group's weight that still counts when the item targets nobody in particular. */
    untargetedGroupShare: share,
    /** Months in a field at which continuity counts fully (seed 004: about three years). */
    careerFullMonths: z.number().int().min(1).max(240),
    /** Distance fit is multiplied by this for on-site work offered to someone who prefers remote work. */
    remotePreferOnSiteFactor: share,
    /** Skills fit of an item that asks for nothing in particular (neither a match nor a miss). */
    noRequirementSkillsFit: share,
    /** Interest fit for a resident who named no interests. */
    noInterestsFit: share,
    /** Slack on the resident's travel limit: homes are stored only as ~250 m grid cells. */
    travelSlackKm: z.number().min(0).max(5),
    congestion: z
      .object({
        /** Recent recommendations per open place at which the congestion penalty is full (at least). */
        exposuresPerPlace: z.number().min(0.1).max(10_000),
        /**
         * …or this multiple of the local mean per place (the items a resident could be shown),
         * when higher: keeps the penalty graded once every item of a busy district is past the
         * fixed threshold (congestion-component.ts). Absent: the fixed threshold only.
         */
        fullAtLocalMultiple: z.number().min(1).max(100).optional(),
        /** Recommendations fade with this half-life. */
        halfLifeHours: z
          .number()
          .min(0.01)
          .max(24 * 365),
      })
      .strict(),
  })
  .strict();
export type MatchWeights = z.infer<typeof ZMatchWeights>;

/** An override: any section, any field, merged over the default. */
const ZMatchWeightsOverride = z
  .object({
    weights: ZComponentWeights.partial(),
    minScheduleCoverage: share,
    hours: z
      .object({
        targetMin: z.number().min(0).max(52),
        targetMax: z.number().min(0).max(52),
        caps: z.array(ZHoursCap).max(10),
      })
      .partial()
      .strict(),
    groupWeights: ZGroupWeights.partial(),
    untargetedGroupShare: share,
    careerFullMonths: z.number().int().min(1).max(240),
    remotePreferOnSiteFactor: share,
    noRequirementSkillsFit: share,
    noInterestsFit: share,
    travelSlackKm: z.number().min(0).max(5),
    congestion: z
      .object({
        exposuresPerPlace: z.number().min(0.1).max(10_000),
        fullAtLocalMultiple: z.number().min(1).max(100),
        halfLifeHours: z
          .number()
          .min(0.01)
          .max(24 * 365),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type MatchWeightsOverride = z.infer<typeof ZMatchWeightsOverride>;

export const ZMatchWeightsFile = z
  .object({
    $comment: z.string().optional(),
    default: ZMatchWeights,
    programs: z.partialRecord(z.enum(PROGRAM_CODES), ZMatchWeightsOverride).default({}),
  })
  .strict();
export type MatchWeightsFile = z.infer<typeof ZMatchWeightsFile>;

/** The default merged with one program's override, checked again as a whole. */
export function mergeWeights(base: MatchWeights, override: MatchWeightsOverride = {}): MatchWeights {
  return ZMatchWeights.parse({
    ...base,
    ...override,
    weights: { ...base.weights, ...override.weights },
    hours: { ...base.hours, ...override.hours },
    groupWeights: { ...base.groupWeights, ...override.groupWeights },
    congestion: { ...base.congestion, ...override.congestion },
  });
}

/** Every program's weights, merged once, and a lookup by program code (none: the default). */
export interface WeightsTable {
  readonly default: MatchWeights;
  /** Program codes in a fixed order; index 0 is "no program" (the default weights). */
  readonly programCodes: readonly (string | null)[];
  readonly byIndex: readonly MatchWeights[];
  indexOf(programCode: string | null): number;
  weightsFor(programCode: string | null): MatchWeights;
}

export function weightsTable(file: MatchWeightsFile): WeightsTable {
  const programCodes: (string | null)[] = [null, ...PROGRAM_CODES];
  const byIndex = programCodes.map((code) =>
    code === null
      ? file.default
      : mergeWeights(file.default, file.programs[code as keyof typeof file.programs]),
  );
  const index = new Map(programCodes.map((code, i) => [code, i]));
  return {
    default: file.default,
    programCodes,
    byIndex,
    indexOf: (code) => index.get(code) ?? 0,
    weightsFor: (code) => byIndex[index.get(code) ?? 0]!,
  };
}

/** The strictest weekly cap for someone of this age; Infinity when none applies. */
export function hoursCapFor(weights: MatchWeights, age: number): number {
  let cap = Number.POSITIVE_INFINITY;
  for (const c of weights.hours.caps) {
    if ((c.minAge === undefined || age >= c.minAge) && (c.maxAge === undefined || age <= c.maxAge)) {
      cap = Math.min(cap, c.maxPerWeek);
    }
  }
  return cap;
}
