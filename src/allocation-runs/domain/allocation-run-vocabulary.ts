/**
 * The words of a cohort allocation run: its states, the reasons an applicant is left out of a
 * proposal, and the limits on what an officer may ask for. Shared by the table, the API schema
 * and the web app, so that a state or reason has one spelling everywhere.
 */

/**
 * queued → running → done → confirmed, or failed. A run is the proposal of one input (its
 * digest); confirming it selects and places the proposed applicants, once.
 */
export const ALLOCATION_RUN_STATUSES = ["queued", "running", "done", "failed", "confirmed"] as const;
export type AllocationRunStatus = (typeof ALLOCATION_RUN_STATUSES)[number];

/** Where a run is while it works, for the progress bar. */
export const ALLOCATION_PHASES = [
  "queued",
  "loading",
  "scoring",
  "solving",
  "explaining",
  "finished",
] as const;
export type AllocationPhase = (typeof ALLOCATION_PHASES)[number];

/**
 * Why an eligible applicant has no place in the proposal.
 * - overlap: holds or held a place in another direct job over the cohort's period
 * - no_eligible_slot: every work item of the cohort fails a hard condition (too far, schedule,
 *   hours cap, a required certificate…); the message names the nearest miss
 * - no_work_items: the cohort has no work item with a free place
 * - senior_cap: placed without the cap on participants aged 65+ (공공근로 35%), held back by it
 * - cohort_full: the cohort's own number of places is taken (more item places than participants)
 * - outscored: the candidate work items went to applicants whose total was higher
 * - low_score: every candidate pair scores nothing
 */
export const UNASSIGNED_REASON_CODES = [
  "overlap",
  "no_eligible_slot",
  "no_work_items",
  "senior_cap",
  "cohort_full",
  "outscored",
  "low_score",
] as const;
export type UnassignedReasonCode = (typeof UNASSIGNED_REASON_CODES)[number];

/** Groups the proposal reports on (the applicants' declared priority groups, and age 65+). */
export const REPORTED_GROUPS = [
  "senior",
  "disabled",
  "low_income",
  "youth",
  "career_break_woman",
  "new_middle_age",
  "age_65_plus",
] as const;
export type ReportedGroup = (typeof REPORTED_GROUPS)[number];

/** How much the cohort's priority score (the selection score) counts per point, by default. */
export const DEFAULT_PRIORITY_WEIGHT = 1;
/** The most quotas a run takes (each a declared priority group). */
export const MAX_QUOTAS = 6;
