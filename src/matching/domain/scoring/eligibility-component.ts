/**
 * Eligibility, as a hard filter: the caller passes the eligibility engine's (or the cohort
 * screening's) verdict for the item's program. Ineligible excludes the pair with the rules'
 * reasons; a missing document counts half; no verdict means it will be checked on application.
 */
import { COMPONENT, FAILURE, type MatchContext, type MatchMeasures } from "./match-measures.ts";
import type { Audience, Words } from "./match-vocabulary.ts";

export function measureEligibility(context: MatchContext, m: MatchMeasures): void {
  const status = context.eligibility?.status;
  m.fit[COMPONENT.eligibility] = status === "eligible" ? 1 : status === "needs_document" ? 0.5 : 0;
  if (status === "ineligible") m.failures |= FAILURE.ineligible;
}

export function explainEligibility(context: MatchContext, audience: Audience = "resident"): Words {
  switch (context.eligibility?.status) {
    case "eligible":
      return { ko: "참여 자격 충족", en: "Meets the program's eligibility rules" };
    case "needs_document":
      return { ko: "참여 자격: 서류 확인 필요", en: "Eligibility: documents to be checked" };
    case "ineligible":
      return eligibilityFailure(context);
    default:
      return audience === "staff"
        ? { ko: "참여 자격은 신청할 때 확인", en: "Eligibility is checked when the resident applies" }
        : { ko: "참여 자격은 신청할 때 확인", en: "Eligibility is checked when you apply" };
  }
}

export function eligibilityFailure(context: MatchContext): Words {
  const reasons = context.eligibility?.reasons ?? [];
  if (reasons.length === 0) return { ko: "참여 자격 없음", en: "Not eligible for the program" };
  return {
    ko: `참여 자격 없음: ${reasons.map((r) => r.messageKo).join(", ")}`,
    en: `Not eligible: ${reasons.map((r) => r.messageEn).join("; ")}`,
  };
}
