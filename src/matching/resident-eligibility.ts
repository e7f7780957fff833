/**
 * The eligibility hook of recommendations, filled from the programs' rules: for the resident
 * asking, a verdict per program (by the matching weights' program index) from what the platform
 * knows: the facts declared in their latest application (birth date, household, benefits …), or
 * else their record's birth year, region, groups and certificates, and their participation
 * history (repeat and overlap limits). Without rules for the year, no verdict: the items then
 * say eligibility is checked on application, as before the rules existed.
 *
 * Candidates for a work item are ranked by the same hook from the resident index alone (birth
 * year, region, groups): enough to leave out people the program cannot take on age or residence;
 * income and history are left to the application, as the words then say.
 */
import { desc, eq } from "drizzle-orm";
import { openFacts } from "../cohorts/application-facts.ts";
import { commitmentsOf } from "../cohorts/cohort.repository.ts";
import { cohortApplications } from "../cohorts/cohort.table.ts";
import type { Db } from "../db/client.ts";
import { loadRuleContextIfAny } from "../programs/check-eligibility.ts";
import { RESIDENT_GROUPS, type ResidentGroup } from "../residents/domain/resident-vocabulary.ts";
import { type KnownProfile, type ProgramVerdict, programVerdict } from "./domain/eligibility-verdicts.ts";
import { codesOf } from "./domain/scoring/match-features.ts";
import type { WeightsTable } from "./domain/scoring/match-weights.ts";

export interface ResidentForEligibility {
  id: string;
  regionCode: string;
  birthYear: number;
  groups: readonly ResidentGroup[];
  certificates: readonly string[];
}

/** Verdicts by program index (index 0, "no program", and programs without rules: undefined). */
export async function programVerdictsFor(
  db: Db,
  resident: ResidentForEligibility,
  date: string,
  weights: WeightsTable,
): Promise<(ProgramVerdict | undefined)[]> {
  const verdicts: (ProgramVerdict | undefined)[] = weights.programCodes.map(() => undefined);
  const [rules, latest, history] = await Promise.all([
    loadRuleContextIfAny(db, resident.regionCode, date),
    db
      .select({ id: cohortApplications.id, factsEnc: cohortApplications.factsEnc })
      .from(cohortApplications)
      .where(eq(cohortApplications.residentId, resident.id))
      .orderBy(desc(cohortApplications.createdAt), desc(cohortApplications.id))
      .limit(1),
    commitmentsOf(db, [resident.id]),
  ]);
  if (!rules) return verdicts;
  const { sets, ctx } = rules;
  const known = {
    regionCode: resident.regionCode,
    groups: [...resident.groups],
    certificates: [...resident.certificates],
    participations: history.map(({ residentId: _, ...participation }) => participation),
  };
  const facts = latest[0] ? openFacts(latest[0].id, latest[0].factsEnc) : null;
  // Declared facts win over the record (they were checked at application); the region and the
  // history are always today's.
  const profile: KnownProfile = facts
    ? { ...known, ...facts, regionCode: known.regionCode, participations: known.participations }
    : { ...known, birthYear: resident.birthYear };
  for (const set of sets) {
    const index = weights.programCodes.indexOf(set.program);
    if (index > 0) verdicts[index] = programVerdict(profile, set, { ...ctx, date });
  }
  return verdicts;
}

/**
 * For ranking a work item's candidates: a verdict per (birth year, region, groups) of the item's
 * program, computed once per distinct combination; null when the item has no program or the
 * year has no rules.
 */
export async function candidateVerdicts(
  db: Db,
  programCode: string | null,
  itemRegionCode: string,
  date: string,
): Promise<((birthYear: number, regionCode: number, groupBits: number) => ProgramVerdict) | null> {
  const rules = programCode ? await loadRuleContextIfAny(db, itemRegionCode, date) : null;
  if (!rules) return null;
  const { sets, ctx } = rules;
  const set = sets.find((s) => s.program === programCode);
  if (!set) return null;
  const seen = new Map<string, ProgramVerdict>();
  return (birthYear, regionCode, groupBits) => {
    const key = `${birthYear}|${regionCode}|${groupBits}`;
    let verdict = seen.get(key);
    if (!verdict) {
      const groups = codesOf(RESIDENT_GROUPS, groupBits);
      verdict = programVerdict({ birthYear, regionCode: String(regionCode), groups }, set, { ...ctx, date });
      seen.set(key, verdict);
    }
    return verdict;
  };
}
