import type { EligibilityProfile } from "./eligibility-profile.ts";
import { type EvaluationContext, evaluateRules } from "./evaluate-rules.ts";
import { type PriorityScore, priorityScore } from "./priority-score.ts";
import type { RuleOutcome } from "./rule-outcome.ts";
import { type RuleSet, sectionsNeedingReview } from "./rule-set.ts";

export type EligibilityStatus = "eligible" | "ineligible" | "needs_document";

export interface EligibilityResult {
  program: string;
  status: EligibilityStatus;
  reasons: RuleOutcome[];
  /** Facts to bring as documents (for needs_document). */
  missing: string[];
  score?: PriorityScore;
  rulesYear: number;
  /** Rule sections resting on unconfirmed figures ("검토 필요"). */
  needsReview: string[];
}

/**
 * One person against one program on a date: every rule's outcome, then the verdict. Any failed
 * rule makes the person ineligible; otherwise any missing fact means a document is needed; only
 * when every rule passes are they eligible. Ineligible people get no score.
 */
export function evaluateEligibility(
  profile: EligibilityProfile,
  set: RuleSet,
  ctx: EvaluationContext,
): EligibilityResult {
  const reasons = evaluateRules(profile, set, ctx);
  const missing = [...new Set(reasons.flatMap((r) => (r.outcome === "unknown" ? (r.missing ?? []) : [])))];
  const status: EligibilityStatus = reasons.some((r) => r.outcome === "failed")
    ? "ineligible"
    : missing.length > 0
      ? "needs_document"
      : "eligible";
  const score =
    status === "ineligible"
      ? null
      : priorityScore(profile, set, ctx.date, ctx.medianIncomes, ctx.isDirectJob);
  return {
    program: set.program,
    status,
    reasons,
    missing,
    ...(score ? { score } : {}),
    rulesYear: set.year,
    needsReview: sectionsNeedingReview(set.rules),
  };
}

const STATUS_ORDER: Record<EligibilityStatus, number> = { eligible: 0, needs_document: 1, ineligible: 2 };

/**
 * Results "sorted by fit": eligible programs first (highest score first), then those that need
 * documents (fewest missing facts first), then ineligible ones (fewest failed rules first), with
 * the catalogue order breaking ties so the answer is stable.
 */
export function sortByFit(
  results: readonly EligibilityResult[],
  catalogueOrder: readonly string[],
): EligibilityResult[] {
  const failed = (r: EligibilityResult) => r.reasons.filter((x) => x.outcome === "failed").length;
  return [...results].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.status === "ineligible" ? failed(a) - failed(b) : 0) ||
      (a.status === "needs_document" ? a.missing.length - b.missing.length : 0) ||
      (b.score?.total ?? 0) - (a.score?.total ?? 0) ||
      catalogueOrder.indexOf(a.program) - catalogueOrder.indexOf(b.program),
  );
}
