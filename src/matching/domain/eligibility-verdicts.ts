/**
 * The eligibility engine's verdicts for recommendations: one per program, for the person asking,
 * so that work in a program they cannot join (too young for senior jobs, a repeat limit reached)
 * is left out rather than recommended, and the rest says whether documents are still needed.
 *
 * A resident who has never applied has no declared birth date, only the birth year their record
 * keeps; the engine takes ages on a date, so the verdict is taken at both ends of that year:
 * ineligible only when both are, eligible only when both are, otherwise documents decide
 * (the birth date is then named as missing). Nothing is guessed.
 */
import type { EligibilityProfile } from "../../programs/domain/eligibility-profile.ts";
import { evaluateEligibility } from "../../programs/domain/evaluate-eligibility.ts";
import type { EvaluationContext } from "../../programs/domain/evaluate-rules.ts";
import type { RuleSet } from "../../programs/domain/rule-set.ts";
import type { EligibilityVerdict } from "./scoring/match-measures.ts";

/** What is known of the person: a declared birth date, or only the year of birth. */
export type KnownProfile =
  | (EligibilityProfile & { birthYear?: undefined })
  | (Omit<EligibilityProfile, "birthDate"> & { birthDate?: undefined; birthYear: number });

export interface ProgramVerdict extends EligibilityVerdict {
  program: string;
  /** Facts the person would bring as documents. */
  missing: string[];
}

export function programVerdict(profile: KnownProfile, set: RuleSet, ctx: EvaluationContext): ProgramVerdict {
  if (profile.birthDate !== undefined) return verdictOf(evaluateEligibility(profile, set, ctx), set.program);
  const { birthYear, ...rest } = profile;
  // Born on 1 January: the oldest the person can be; on 31 December: the youngest.
  const oldest = evaluateEligibility({ ...rest, birthDate: `${birthYear}-01-01` }, set, ctx);
  const youngest = evaluateEligibility({ ...rest, birthDate: `${birthYear}-12-31` }, set, ctx);
  if (oldest.status === "ineligible" && youngest.status === "ineligible") {
    return verdictOf(oldest, set.program);
  }
  if (oldest.status === "eligible" && youngest.status === "eligible") return verdictOf(oldest, set.program);
  const missing = new Set([...oldest.missing, ...youngest.missing]);
  if (oldest.status !== youngest.status) missing.add("birthDate");
  return { program: set.program, status: "needs_document", missing: [...missing] };
}

function verdictOf(result: ReturnType<typeof evaluateEligibility>, program: string): ProgramVerdict {
  return {
    program,
    status: result.status,
    missing: result.missing,
    ...(result.status === "ineligible"
      ? {
          reasons: result.reasons
            .filter((r) => r.outcome === "failed")
            .map((r) => ({ messageKo: r.messageKo, messageEn: r.messageEn })),
        }
      : {}),
  };
}
