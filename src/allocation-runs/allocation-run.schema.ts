import { z } from "zod";
import { RESIDENT_GROUPS } from "../residents/domain/resident-vocabulary.ts";
import { ZId } from "../shared/common.schema.ts";
import {
  ALLOCATION_PHASES,
  ALLOCATION_RUN_STATUSES,
  DEFAULT_PRIORITY_WEIGHT,
  MAX_QUOTAS,
  REPORTED_GROUPS,
  UNASSIGNED_REASON_CODES,
} from "./domain/allocation-run-vocabulary.ts";

/**
 * The API contract of cohort allocation runs (start, progress and proposal, confirm), shared with
 * the web app. The proposal's words (explanations, reasons) come from the domain in Korean and
 * English; applicants are shown by masked name only.
 */

export const ZAllocationQuotaRequest = z
  .object({
    group: z.enum(RESIDENT_GROUPS),
    /** The share of the places the allocation can fill that the group should hold, 0 to 1. */
    minShare: z.number().min(0).max(1),
    /** Points the objective loses per place short of that share (a soft constraint: never blocks). */
    penalty: z.number().min(0).max(1000),
  })
  .strict();

export const ZAllocationRunStart = z
  .object({
    quotas: z
      .array(ZAllocationQuotaRequest)
      .max(MAX_QUOTAS)
      .refine((q) => new Set(q.map((x) => x.group)).size === q.length, { message: "duplicate_group" })
      .default([]),
    /** How much one point of the cohort's priority (selection) score adds to a pair's score. */
    priorityWeight: z.number().min(0).max(10).default(DEFAULT_PRIORITY_WEIGHT),
  })
  .strict()
  .meta({ id: "AllocationRunStart" });
export type TAllocationRunStart = z.input<typeof ZAllocationRunStart>;
export type AllocationRunOptions = z.output<typeof ZAllocationRunStart>;

const ZWords = { messageKo: z.string(), messageEn: z.string() };

export const ZProposalComponent = z.object({
  /** A match component (distance, schedule, …) or `cohort_priority` (the selection score). */
  key: z.string(),
  points: z.number(),
  weight: z.number(),
  ...ZWords,
});

export const ZProposedAssignment = z.object({
  applicationId: ZId,
  residentId: ZId,
  workItemId: ZId,
  /** The pair's score in the allocation: match points + priority points. */
  total: z.number(),
  matchPoints: z.number(),
  priorityPoints: z.number(),
  summaryKo: z.string(),
  summaryEn: z.string(),
  components: z.array(ZProposalComponent),
  groups: z.array(z.enum(REPORTED_GROUPS)),
});
export type TProposedAssignment = z.infer<typeof ZProposedAssignment>;

export const ZUnassignedApplicant = z.object({
  applicationId: ZId,
  residentId: ZId,
  reason: z.enum(UNASSIGNED_REASON_CODES),
  ...ZWords,
  /** The work item the reason is about (the best candidate, or the nearest miss), when there is one. */
  workItemId: ZId.nullable(),
  groups: z.array(z.enum(REPORTED_GROUPS)),
});
export type TUnassignedApplicant = z.infer<typeof ZUnassignedApplicant>;

/** What is sealed in `proposal_enc`. */
export const ZProposal = z.object({
  assignments: z.array(ZProposedAssignment),
  unassigned: z.array(ZUnassignedApplicant),
});
export type TProposal = z.infer<typeof ZProposal>;

export const ZAllocationGroupFigures = z.object({
  group: z.enum(REPORTED_GROUPS),
  /** Eligible applicants in the group. */
  members: z.number().int(),
  assigned: z.number().int(),
  /** assigned ÷ members (0 when nobody is in the group). */
  placedShare: z.number(),
  /** The group's share of all assigned places. */
  shareOfAssigned: z.number(),
  quota: z
    .object({
      minShare: z.number(),
      penalty: z.number(),
      target: z.number().int(),
      shortfall: z.number().int(),
    })
    .optional(),
});

export const ZAllocationRunStats = z.object({
  applicants: z.number().int(),
  workItems: z.number().int(),
  /** Free places over the cohort's work items. */
  itemPlaces: z.number().int(),
  /** The cohort's own free places (its number of participants minus those already holding one). */
  cohortPlaces: z.number().int(),
  candidatePairs: z.number().int(),
  excludedPairs: z.number().int(),
  assigned: z.number().int(),
  unassigned: z.number().int(),
  scoreTotal: z.number(),
  quotaPenaltyTotal: z.number(),
  groups: z.array(ZAllocationGroupFigures),
  unassignedReasons: z.record(z.string(), z.number().int()),
  perWorkItem: z.array(
    z.object({ workItemId: ZId, title: z.string(), places: z.number().int(), assigned: z.number().int() }),
  ),
  seniorCap: z
    .object({
      age: z.number().int(),
      maxShare: z.number(),
      /** Applicants at or above the age the allocation may add (after those already holding a place). */
      limit: z.number().int(),
      assigned: z.number().int(),
      /** Whether the cap changed the allocation (then solved with a Lagrange multiplier). */
      binding: z.boolean(),
      multiplier: z.number(),
    })
    .optional(),
  verification: z.object({
    method: z.string(),
    bound: z.number(),
    gap: z.number(),
    relativeGap: z.number(),
    solves: z.number().int(),
  }),
  seconds: z.number(),
});
export type AllocationRunStats = z.infer<typeof ZAllocationRunStats>;

export const ZConfirmationRecord = z.object({
  selected: z.number().int(),
  placed: z.number().int(),
  waitlisted: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
});
export type ConfirmationRecord = z.infer<typeof ZConfirmationRecord>;

export const ZAllocationRun = z
  .object({
    id: ZId,
    cohortId: ZId,
    status: z.enum(ALLOCATION_RUN_STATUSES),
    progress: z.object({ phase: z.enum(ALLOCATION_PHASES), done: z.number().int(), total: z.number().int() }),
    inputDigest: z.string(),
    options: z.object({
      quotas: z.array(ZAllocationQuotaRequest),
      priorityWeight: z.number(),
    }),
    objective: z.number().nullable(),
    optimal: z.boolean().nullable(),
    bound: z.number().nullable(),
    stats: ZAllocationRunStats.nullable(),
    error: z.string().nullable(),
    /** A finished run whose cohort has changed since (applications, places, work items): confirm refuses it. */
    stale: z.boolean(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    confirmation: ZConfirmationRecord.nullable(),
    proposal: z
      .object({
        assignments: z.array(
          ZProposedAssignment.extend({
            residentNameMasked: z.string().nullable(),
            workItemTitle: z.string(),
          }),
        ),
        unassigned: z.array(
          ZUnassignedApplicant.extend({
            residentNameMasked: z.string().nullable(),
            workItemTitle: z.string().nullable(),
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: "AllocationRun" });
export type TAllocationRun = z.infer<typeof ZAllocationRun>;

export const ZAllocationRunConfirm = z
  .object({
    /** Pairs the officer takes out of the proposal: those applicants are not selected by this confirmation. */
    remove: z.array(ZId).max(10_000).default([]),
    /** Pairs the officer sets: an applicant of the run on another (or, if unassigned, on a) work item. */
    change: z
      .array(z.object({ applicationId: ZId, workItemId: ZId }).strict())
      .max(10_000)
      .default([]),
  })
  .strict()
  .refine(
    (b) =>
      new Set([...b.remove, ...b.change.map((c) => c.applicationId)]).size ===
      b.remove.length + b.change.length,
    {
      message: "duplicate_application",
      path: ["change"],
    },
  )
  .meta({ id: "AllocationRunConfirm" });
export type TAllocationRunConfirm = z.input<typeof ZAllocationRunConfirm>;

export const ZAllocationRunConfirmResult = z.object({ changed: z.boolean(), run: ZAllocationRun });

export const ZAllocationRunParam = z.object({
  id: ZId.meta({ param: { name: "id", in: "path" } }),
  runId: ZId.meta({ param: { name: "runId", in: "path" } }),
});
