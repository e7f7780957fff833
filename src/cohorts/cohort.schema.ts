import { z } from "zod";
import { PROGRAM_CODES } from "../programs/domain/program-catalogue.ts";
import { ZProfileFields } from "../programs/eligibility.schema.ts";
import { storedText, ZId, ZSigunguCode, ZStoredDate } from "../shared/common.schema.ts";
import { APPLICATION_STATUSES, COHORT_ACTIONS, COHORT_STATUSES } from "./domain/cohort-vocabulary.ts";

const dateOrder = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined || a <= b;

export const ZCohortCreate = z
  .object({
    programCode: z.enum(PROGRAM_CODES),
    regionCode: ZSigunguCode,
    nameKo: storedText(2, 80).meta({ example: "2026년 상반기 공공근로" }),
    nameEn: storedText(2, 80).meta({ example: "Public works, first half of 2026" }),
    recruitStart: ZStoredDate,
    recruitEnd: ZStoredDate,
    periodStart: ZStoredDate,
    periodEnd: ZStoredDate,
    slots: z.number().int().min(1).max(100_000),
    budgetWon: z.number().int().min(0).max(1_000_000_000_000),
    workItems: z
      .array(z.object({ workItemId: ZId, slots: z.number().int().min(1).max(10_000) }).strict())
      .max(500)
      .default([]),
  })
  .strict()
  .refine((c) => dateOrder(c.recruitStart, c.recruitEnd), {
    message: "end_date_before_start",
    path: ["recruitEnd"],
  })
  .refine((c) => dateOrder(c.periodStart, c.periodEnd), {
    message: "end_date_before_start",
    path: ["periodEnd"],
  })
  .refine((c) => dateOrder(c.recruitEnd, c.periodEnd), {
    message: "recruitment_after_period",
    path: ["recruitEnd"],
  })
  .refine((c) => new Set(c.workItems.map((w) => w.workItemId)).size === c.workItems.length, {
    message: "duplicate_work_item",
    path: ["workItems"],
  })
  .meta({ id: "CohortCreate" });
export type TCohortCreate = z.infer<typeof ZCohortCreate>;

export const ZCohort = z
  .object({
    id: ZId,
    programCode: z.enum(PROGRAM_CODES),
    programNameKo: z.string(),
    programNameEn: z.string(),
    regionCode: z.string(),
    regionNameKo: z.string(),
    nameKo: z.string(),
    nameEn: z.string(),
    recruitStart: z.string(),
    recruitEnd: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    slots: z.number().int(),
    budgetWon: z.number(),
    status: z.enum(COHORT_STATUSES),
    version: z.number().int(),
    workItems: z.array(z.object({ workItemId: ZId, titleKo: z.string(), slots: z.number().int() })),
    counts: z.record(z.string(), z.number().int()),
  })
  .meta({ id: "Cohort" });
export type TCohort = z.infer<typeof ZCohort>;

export const ZCohortQuery = z
  .object({
    region: z
      .string()
      .regex(/^\d{2}(\d{3})?$/)
      .optional(),
    program: z.enum(PROGRAM_CODES).optional(),
    status: z.enum(COHORT_STATUSES).optional(),
  })
  .strict();

export const ZCohortIdParam = z.object({ id: ZId.meta({ param: { name: "id", in: "path" } }) });
export const ZCohortActionParam = z.object({
  id: ZId.meta({ param: { name: "id", in: "path" } }),
  action: z
    .enum(Object.keys(COHORT_ACTIONS) as [keyof typeof COHORT_ACTIONS])
    .meta({ param: { name: "action", in: "path" } }),
});

/** What an applicant declares for screening: the self-check's facts, without place and history. */
export const ZApplicationFacts = ZProfileFields.omit({ regionCode: true, date: true, participations: true });
export type TApplicationFacts = z.infer<typeof ZApplicationFacts>;

export const ZApplicationCreate = z
  .object({
    /** Required when an officer enters a walk-in application; a resident applies for themself. */
    residentId: ZId.optional(),
    facts: ZApplicationFacts,
  })
  .strict()
  .meta({ id: "ApplicationCreate" });

export const ZApplication = z
  .object({
    id: ZId,
    cohortId: ZId,
    residentId: ZId,
    residentNameMasked: z.string().nullable(),
    channel: z.enum(["online", "walk_in"]),
    status: z.enum(APPLICATION_STATUSES),
    score: z.number().nullable(),
    waitlistPosition: z.number().int().nullable(),
    workItemId: ZId.nullable(),
    decisionReasonKo: z.string().nullable(),
    decisionReasonEn: z.string().nullable(),
    screening: z
      .object({
        status: z.string(),
        rulesYear: z.number(),
        missing: z.array(z.string()),
        reasons: z.array(
          z.object({
            rule: z.string(),
            outcome: z.string(),
            messageKo: z.string(),
            messageEn: z.string(),
            toConfirm: z.boolean().optional(),
            needsReview: z.boolean().optional(),
          }),
        ),
        scoreComponents: z.array(
          z.object({ kind: z.string(), points: z.number(), messageKo: z.string(), messageEn: z.string() }),
        ),
        screenedAt: z.string(),
      })
      .nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    cohort: z
      .object({
        nameKo: z.string(),
        nameEn: z.string(),
        programCode: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
        programNameKo: z.string().optional(),
        programNameEn: z.string().optional(),
      })
      .optional(),
    /** In the applicant's own list (/me/applications): where they were placed, by title. */
    workItem: z.object({ id: ZId, title: z.string() }).nullable().optional(),
  })
  .meta({ id: "Application" });
export type TApplication = z.infer<typeof ZApplication>;

export const APPLICATION_DECISIONS = ["select", "waitlist", "reject", "place", "withdraw"] as const;
export const ZApplicationActionParam = z.object({
  id: ZId.meta({ param: { name: "id", in: "path" } }),
  action: z.enum(APPLICATION_DECISIONS).meta({ param: { name: "action", in: "path" } }),
});
export const ZApplicationActionBody = z
  .object({
    reason: storedText(2, 300).optional(),
    workItemId: ZId.optional(),
  })
  .strict();

export const ZTransitionResult = z
  .object({ changed: z.boolean(), application: ZApplication })
  .meta({ id: "ApplicationTransition" });
export const ZBulkResult = z
  .object({ changed: z.number().int(), counts: z.record(z.string(), z.number().int()) })
  .meta({ id: "CohortBulkResult" });
