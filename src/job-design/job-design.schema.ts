import { z } from "zod";
import { RESIDENT_GROUPS } from "../residents/domain/resident-vocabulary.ts";
import { ZDateString, ZId, ZSigunguCode } from "../shared/common.schema.ts";
import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import { ZWorkItem } from "../work-items/work-item.schema.ts";
import { DEMAND_DRIVER_CODES } from "./domain/demand-drivers.ts";
import { OCCUPATION_CODE_PATTERN, OCCUPATION_SOURCE_KINDS } from "./domain/occupation.ts";

/** The API contract of job design and of the occupation catalogue; the web app imports these. */

export const ZWorkCategoryCode = z.enum(WORK_CATEGORIES);

export const ZOccupationSummary = z
  .object({
    code: z.string(),
    nameKo: z.string(),
    nameEn: z.string(),
    category: ZWorkCategoryCode,
    dutiesKo: z.array(z.string()),
    dutiesEn: z.array(z.string()),
    targetGroups: z.array(z.enum(RESIDENT_GROUPS)),
    skills: z.array(z.string()),
    certificates: z.array(z.string()),
    requiredCertificates: z.array(z.string()),
    hoursPerWeek: z.number(),
    months: z.number().int(),
    seasonMonths: z.array(z.number().int()).nullable(),
    remote: z.boolean(),
    programs: z.array(z.string()),
    demandDrivers: z.array(z.object({ driver: z.enum(DEMAND_DRIVER_CODES), weight: z.number() })),
    seniorJobTypes: z.array(z.string()),
    sources: z.array(z.object({ kind: z.enum(OCCUPATION_SOURCE_KINDS), detail: z.string() })),
  })
  .meta({ id: "Occupation" });
export type TOccupation = z.infer<typeof ZOccupationSummary>;

export const ZOccupationQuery = z.object({
  category: ZWorkCategoryCode.optional(),
  targetGroup: z.enum(RESIDENT_GROUPS).optional(),
});

export const ZOccupationList = z
  .object({ items: z.array(ZOccupationSummary), total: z.number().int() })
  .meta({ id: "OccupationList" });

export const ZRegionCodeParam = z.object({ code: ZSigunguCode });

export const ZSuggestionQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  horizon: z.coerce.number().int().min(1).max(24).default(12).meta({ description: "Months forecast" }),
});

const ZReason = z.object({
  kind: z.enum(["profile", "gap", "size", "program", "caveat"]),
  ko: z.string(),
  en: z.string(),
});

export const ZDriverIndex = z.object({
  driver: z.enum(DEMAND_DRIVER_CODES),
  labelKo: z.string(),
  labelEn: z.string(),
  regionValue: z.number().nullable(),
  nationalValue: z.number().nullable(),
  /** Need against the nation (1 = national average), damped and bounded. */
  index: z.number(),
  available: z.boolean(),
});

export const ZCategoryDemand = z.object({
  category: ZWorkCategoryCode,
  method: z.enum(["combination", "cold_start", "none"]),
  synthetic: z.boolean(),
  demandHours: z.number(),
  demandLo80: z.number(),
  demandHi80: z.number(),
  coveredHours: z.number(),
  gapHours: z.number(),
  gapLo80: z.number(),
  gapHi80: z.number(),
});

export const ZJobSuggestion = z
  .object({
    rank: z.number().int(),
    score: z.number(),
    profileFactor: z.number(),
    occupation: ZOccupationSummary,
    program: z.object({
      code: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      fundingConfidence: z.enum(["official", "reported", "unconfirmed"]),
      fundingSource: z.string(),
    }),
    assignedGapHours: z.number(),
    positions: z.number().int(),
    hoursPerWeek: z.number(),
    months: z.number().int(),
    seasonMonths: z.array(z.number().int()).nullable(),
    pay: z.object({
      hourlyWage: z.number().int(),
      weeklyHolidayPay: z.number().int(),
      monthlyPerPerson: z.number().int(),
    }),
    budget: z.object({
      total: z.number().int(),
      national: z.number().int(),
      metropolitan: z.number().int(),
      district: z.number().int(),
    }),
    drivers: z.array(ZDriverIndex.extend({ weight: z.number() })),
    /** The district's 2022 노인일자리 target jobs of the same activity types (real data), when any. */
    seniorJobs2022: z.number().int().nullable(),
    reasons: z.array(ZReason),
    summaryKo: z.string(),
    summaryEn: z.string(),
  })
  .meta({ id: "JobSuggestion" });
export type TJobSuggestion = z.infer<typeof ZJobSuggestion>;

export const ZJobDesign = z
  .object({
    region: z.object({
      code: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      fullNameKo: z.string(),
      fullNameEn: z.string(),
    }),
    asOf: z.string().meta({ description: "Last month of history" }),
    horizon: z.number().int(),
    window: z.object({ from: z.string(), to: z.string() }),
    startDate: z.string(),
    rulesYear: z.number().int(),
    minimumWage: z.object({ year: z.number().int(), wage: z.number().int() }),
    demand: z.array(ZCategoryDemand),
    profile: z.array(ZDriverIndex),
    items: z.array(ZJobSuggestion),
    /** Suggestions before the limit. */
    total: z.number().int(),
    totals: z.object({ positions: z.number().int(), budget: z.number().int() }),
    notes: z.array(z.object({ ko: z.string(), en: z.string() })),
  })
  .meta({ id: "JobDesign" });
export type TJobDesign = z.infer<typeof ZJobDesign>;

export const ZDraftRequest = z
  .object({
    /** Shaped like a catalogue code, so that any other text (a 주민등록번호, NUL) is refused before the forecast runs. */
    occupationCode: z.string().regex(OCCUPATION_CODE_PATTERN),
    organizationId: ZId,
    /** Default: the first day of next month. */
    startDate: ZDateString.refine((s) => s >= "2000-01-01" && s <= "2099-12-31", {
      message: "invalid_date",
    }).optional(),
    /** Override the suggested number of people (a pilot team). */
    positions: z.number().int().min(1).max(1000).optional(),
    /** Override the hours a week per person. */
    hoursPerWeek: z.number().min(1).max(40).multipleOf(0.5).optional(),
    horizon: z.number().int().min(1).max(24).default(12),
  })
  .strict()
  .meta({ id: "JobDraftRequest" });
export type TDraftRequest = z.infer<typeof ZDraftRequest>;

export const ZDraftResult = z
  .object({
    occupationCode: z.string(),
    /**
     * False when the same request had already made these drafts (a repeated click or a retry):
     * the existing set is returned as it is now (HTTP 200), and nothing is written.
     */
    created: z.boolean(),
    suggestion: ZJobSuggestion,
    workItems: z.array(ZWorkItem),
  })
  .meta({ id: "JobDraftResult" });
export type TDraftResult = z.infer<typeof ZDraftResult>;
