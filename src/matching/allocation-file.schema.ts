import { z } from "zod";

/**
 * The file interface of `maeul match solve` (problem.json → result.json), for interoperability
 * with other tools and for checking the solver against them. Decision 0008 describes the model.
 */

/** Ids are strings or integers, and are written back exactly as given (1 and "1" are different ids). */
export const ZAllocationId = z.union([z.string().min(1).max(200), z.number().int().safe()]);
export type TAllocationId = z.infer<typeof ZAllocationId>;

const ZCapacity = z.number().int().min(0).max(1_000_000);

export const ZAllocationPerson = z.strictObject({
  id: ZAllocationId,
  /** Units the person can take, each in a different slot (default 1). */
  capacity: ZCapacity.optional(),
  /** A group name for quotas and per-group statistics. */
  group: z.string().min(1).max(200).optional(),
});

export const ZAllocationSlot = z.strictObject({
  id: ZAllocationId,
  capacity: ZCapacity,
});

export const ZAllocationEdge = z.strictObject({
  person: ZAllocationId,
  slot: ZAllocationId,
  /** Any finite number; the solver maximises the sum over assignments. */
  score: z.number(),
});

export const ZAllocationQuota = z.strictObject({
  group: z.string().min(1).max(200),
  /** The share of the fillable positions the group should hold, 0 to 1. */
  minShare: z.number().min(0).max(1),
  /** Subtracted from the objective for each position short of the target (a soft constraint). */
  penalty: z.number().min(0),
});

export const ZAllocationProblem = z.strictObject({
  people: z.array(ZAllocationPerson),
  slots: z.array(ZAllocationSlot),
  edges: z.array(ZAllocationEdge),
  quotas: z.array(ZAllocationQuota).optional(),
});
export type TAllocationProblem = z.infer<typeof ZAllocationProblem>;

export const UNASSIGNED_REASONS = [
  "zero_capacity",
  "no_candidate_slots",
  "only_non_positive_scores",
  "candidate_slots_closed",
  "slots_taken_by_higher_total",
] as const;
export type TUnassignedReason = (typeof UNASSIGNED_REASONS)[number];

export const ZAllocationGroupStats = z.object({
  group: z.string(),
  /** People in the group (all of them, whatever their candidate slots). */
  members: z.number().int(),
  assignedPeople: z.number().int(),
  assignedUnits: z.number().int(),
  /** The group's share of all assigned units. */
  shareOfAssigned: z.number(),
  quota: z
    .object({
      minShare: z.number(),
      penalty: z.number(),
      /** ceil(minShare × fillable positions). */
      target: z.number().int(),
      shortfall: z.number().int(),
      penaltyTotal: z.number(),
    })
    .optional(),
});

export const ZAllocationResult = z.object({
  assignments: z.array(z.object({ person: ZAllocationId, slot: ZAllocationId, score: z.number() })),
  /** Σ scores of the assignments − Σ quota penalties: the maximum. */
  objective: z.number(),
  /** True only when the dual certificate proves it (relative duality gap ≤ 1e-9, capacities kept). */
  optimal: z.boolean(),
  unassigned: z.array(z.object({ person: ZAllocationId, reason: z.enum(UNASSIGNED_REASONS) })),
  stats: z.object({
    people: z.number().int(),
    slots: z.number().int(),
    edges: z.number().int(),
    /** Edges that could ever be worth taking (positive score, or positive with a quota's penalty). */
    usableEdges: z.number().int(),
    components: z.number().int(),
    largestComponent: z.object({
      people: z.number().int(),
      slots: z.number().int(),
      edges: z.number().int(),
    }),
    /** min(total slot capacity, total capacity of people with a candidate slot): the quotas' base. */
    fillablePositions: z.number().int(),
    assignedPeople: z.number().int(),
    assignedUnits: z.number().int(),
    partiallyAssignedPeople: z.number().int(),
    unassignedPeople: z.number().int(),
    scoreTotal: z.number(),
    quotaPenaltyTotal: z.number(),
    unassignedReasons: z.record(z.string(), z.number().int()),
    groups: z.array(ZAllocationGroupStats),
    verification: z.object({
      method: z.string(),
      /** No allocation can reach more than this (a feasible solution of the dual linear program). */
      dualBound: z.number(),
      gap: z.number(),
      relativeGap: z.number(),
      capacityViolations: z.number().int(),
    }),
    work: z.object({
      auctionBids: z.number().int(),
      augmentations: z.number().int(),
      settledNodes: z.number().int(),
    }),
  }),
});
export type TAllocationResult = z.infer<typeof ZAllocationResult>;
