/**
 * A cohort's life: draft (being set up) → recruiting (applications open) → selecting (closed to
 * applications: screening, ranking, selection) → running (participants placed, at work) →
 * closed. Each move is one named action, so a repeated request is recognisably the same move.
 */
export const COHORT_STATUSES = ["draft", "recruiting", "selecting", "running", "closed"] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const COHORT_ACTIONS = {
  open_recruitment: { from: ["draft"], to: "recruiting" },
  close_recruitment: { from: ["recruiting"], to: "selecting" },
  start: { from: ["selecting"], to: "running" },
  close: { from: ["running"], to: "closed" },
} as const satisfies Record<string, { from: readonly CohortStatus[]; to: CohortStatus }>;
export type CohortAction = keyof typeof COHORT_ACTIONS;

/**
 * An application's life. Screening sets eligible / ineligible / needs_document (and may run
 * again while documents arrive); selection sets selected, waitlisted or not_selected; placement
 * puts a selected person on a work item; withdrawal ends any live application and frees its
 * slot for the first on the waiting list.
 */
export const APPLICATION_STATUSES = [
  "applied",
  "needs_document",
  "eligible",
  "ineligible",
  "selected",
  "waitlisted",
  "not_selected",
  "placed",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = {
  screen: { from: ["applied", "needs_document", "eligible", "ineligible"], to: null },
  select: { from: ["eligible", "waitlisted"], to: "selected" },
  waitlist: { from: ["eligible"], to: "waitlisted" },
  reject: { from: ["eligible", "ineligible", "needs_document", "waitlisted"], to: "not_selected" },
  place: { from: ["selected"], to: "placed" },
  withdraw: {
    from: ["applied", "needs_document", "eligible", "ineligible", "selected", "waitlisted", "placed"],
    to: "withdrawn",
  },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus | null }>;
export type ApplicationAction = keyof typeof APPLICATION_ACTIONS;

/** Statuses that hold a slot (and count as participation for overlap checks). */
export const HOLDS_SLOT: readonly ApplicationStatus[] = ["selected", "placed"];

/** What screening stored: the engine's verdict in brief (reasons as the engine wrote them). */
export interface Screening {
  status: "eligible" | "ineligible" | "needs_document";
  rulesYear: number;
  missing: string[];
  reasons: { rule: string; outcome: string; messageKo: string; messageEn: string }[];
  scoreComponents: { kind: string; points: number; messageKo: string; messageEn: string }[];
  screenedAt: string;
}

export type TransitionCheck<S> = { ok: true; to: S; changed: boolean } | { ok: false; from: S };

/**
 * Whether `action` may move a record in `current`. Repeating a move that already happened
 * (selecting a selected application) is not an error: it reports `changed: false`, so retried
 * requests are idempotent.
 */
export function checkTransition<S extends string>(
  table: Record<string, { from: readonly S[]; to: S | null }>,
  action: string,
  current: S,
): TransitionCheck<S> {
  const rule = table[action];
  if (!rule) return { ok: false, from: current };
  if (rule.to !== null && current === rule.to) return { ok: true, to: current, changed: false };
  if (!rule.from.includes(current)) return { ok: false, from: current };
  return { ok: true, to: rule.to ?? current, changed: true };
}
