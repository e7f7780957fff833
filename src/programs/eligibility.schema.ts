import { z } from "zod";
import { RESIDENT_GROUPS } from "../residents/domain/resident-vocabulary.ts";
import { storedText, ZDateString, ZSigunguCode } from "../shared/common.schema.ts";
import { PROGRAM_CODES } from "./domain/program-catalogue.ts";

const won = z.number().int().min(0).max(100_000_000_000);

export const ZParticipation = z
  .object({
    program: z.enum(PROGRAM_CODES),
    start: ZDateString,
    end: ZDateString.optional(),
    field: storedText(1, 40).optional(),
  })
  .strict()
  .refine((p) => p.end === undefined || p.end >= p.start, {
    message: "end_date_before_start",
    path: ["end"],
  });

/** The facts the engine reads (issue 4): only birthDate and regionCode are required. */
export const ZProfileFields = z
  .object({
    birthDate: ZDateString.meta({ example: "1959-05-10" }),
    regionCode: ZSigunguCode,
    date: ZDateString.optional().meta({ description: "Evaluation date (default today, Asia/Seoul)" }),
    householdSize: z.number().int().min(1).max(20).optional(),
    householdIncomeMonthly: won.optional().meta({ description: "Household income per month (won)" }),
    propertyValue: won.optional().meta({ description: "Household property (won)" }),
    dependants: z.number().int().min(0).max(20).optional(),
    receivesBasicPension: z.boolean().optional(),
    livelihoodBenefit: z.boolean().optional(),
    employeeHealthInsurance: z.boolean().optional(),
    longTermCareGrade: z.union([z.boolean(), z.number().int().min(0).max(6)]).optional(),
    employed: z.boolean().optional(),
    unemployedMonths: z.number().int().min(0).max(600).optional(),
    groups: z.array(z.enum(RESIDENT_GROUPS)).max(RESIDENT_GROUPS.length).optional(),
    experienceYears: z.record(storedText(1, 40), z.number().min(0).max(60)).optional(),
    certificates: z.array(storedText(1, 80)).max(30).optional(),
    participations: z.array(ZParticipation).max(100).optional(),
  })
  .strict();

/** The self-check profile: nothing is stored. */
export const ZEligibilityProfile = ZProfileFields.refine(
  (p) => p.date === undefined || p.birthDate <= p.date,
  {
    message: "birth_after_date",
    path: ["birthDate"],
  },
).meta({ id: "EligibilityProfile" });
export type TEligibilityProfile = z.infer<typeof ZEligibilityProfile>;

export const ZEligibilityReason = z
  .object({
    rule: z.string(),
    passed: z.boolean(),
    outcome: z.enum(["passed", "failed", "unknown"]),
    messageKo: z.string(),
    messageEn: z.string(),
    missing: z.array(z.string()).optional(),
    toConfirm: z
      .boolean()
      .optional()
      .meta({ description: "Not declared: checked against documents at application" }),
    needsReview: z.boolean().optional().meta({ description: "Rests on a figure marked unconfirmed" }),
  })
  .meta({ id: "EligibilityReason" });

export const ZScoreComponent = z.object({
  kind: z.string(),
  points: z.number(),
  messageKo: z.string(),
  messageEn: z.string(),
  missing: z.string().optional(),
});

export const ZEligibilityResult = z
  .object({
    program: z.enum(PROGRAM_CODES),
    nameKo: z.string(),
    nameEn: z.string(),
    status: z.enum(["eligible", "ineligible", "needs_document"]),
    score: z.number().optional(),
    scoreComponents: z.array(ZScoreComponent).optional(),
    missing: z.array(z.string()),
    reasons: z.array(ZEligibilityReason),
    rulesYear: z.number().int(),
    needsReview: z.array(z.string()),
  })
  .meta({ id: "EligibilityResult" });
export type TEligibilityResult = z.infer<typeof ZEligibilityResult>;

export const ZEligibilityAnswer = z
  .object({
    date: ZDateString,
    rulesYear: z.number().int(),
    results: z.array(ZEligibilityResult),
  })
  .meta({ id: "EligibilityAnswer" });
export type TEligibilityAnswer = z.infer<typeof ZEligibilityAnswer>;
