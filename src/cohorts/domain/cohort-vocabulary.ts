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
  reasons: {
    rule: string;
    outcome: string;
    messageKo: string;
    messageEn: string;
    toConfirm?: boolean;
    needsReview?: boolean;
  }[];
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

/** Words for the state names in messages to officers and residents. */
export const STATE_LABELS: Record<CohortStatus | ApplicationStatus, { ko: string; en: string }> = {
  draft: { ko: "준비 중", en: "draft" },
  recruiting: { ko: "모집 중", en: "recruiting" },
  selecting: { ko: "선발 중", en: "selecting" },
  running: { ko: "사업 진행 중", en: "running" },
  closed: { ko: "종료", en: "closed" },
  applied: { ko: "신청", en: "applied" },
  needs_document: { ko: "서류 확인 필요", en: "needs documents" },
  eligible: { ko: "자격 충족", en: "eligible" },
  ineligible: { ko: "자격 미충족", en: "ineligible" },
  selected: { ko: "선정", en: "selected" },
  waitlisted: { ko: "대기", en: "on the waiting list" },
  not_selected: { ko: "미선정", en: "not selected" },
  placed: { ko: "배치", en: "placed" },
  withdrawn: { ko: "포기", en: "withdrawn" },
};

export const ACTION_LABELS: Record<CohortAction | ApplicationAction, { ko: string; en: string }> = {
  open_recruitment: { ko: "모집 시작", en: "open recruitment" },
  close_recruitment: { ko: "모집 마감", en: "close recruitment" },
  start: { ko: "사업 시작", en: "start" },
  close: { ko: "종료", en: "close" },
  screen: { ko: "자격 심사", en: "screen" },
  select: { ko: "선발", en: "select" },
  waitlist: { ko: "대기 지정", en: "wait-list" },
  reject: { ko: "미선정", en: "reject" },
  place: { ko: "배치", en: "place" },
  withdraw: { ko: "포기 처리", en: "withdraw" },
};
