import { WEEKS_PER_MONTH } from "../../contracts/domain/weekly-holiday-pay.ts";
import { PROGRAM_CATALOGUE, type ProgramCode } from "../../programs/domain/program-catalogue.ts";
import type { RuleSet } from "../../programs/domain/rule-set.ts";

/**
 * What job design needs from a program's rules in force for one region (national rules merged
 * with the 시도 and 시군구 overrides): whether it runs there, who pays what share, the most hours
 * a week it allows and how its year is cut into stages. Figures come from the rule sets as data
 * (data/program-rules), never from constants here.
 */
export interface ProgramTerms {
  program: ProgramCode;
  nameKo: string;
  nameEn: string;
  /** Runs in the region (availability.onlyIn / notIn). */
  available: boolean;
  funding: {
    national: number;
    metropolitan: number;
    district: number;
    confidence: "official" | "reported" | "unconfirmed";
    source: string;
  } | null;
  /** The lowest weekly limit among the rule's hour bands that apply to working-age people. */
  maxHoursPerWeek: number | null;
  /** Months of each stage (상반기·하반기 단계), in order. */
  stageMonths: number[];
}

export function programTerms(rules: RuleSet, regionCode: string): ProgramTerms {
  const entry = PROGRAM_CATALOGUE.find((p) => p.code === rules.program)!;
  const { availability, hours, funding, stages } = rules.rules;
  const onlyInOk = !availability?.onlyIn || availability.onlyIn.some((p) => regionCode.startsWith(p));
  const excluded = availability?.notIn?.some((n) => regionCode.startsWith(n.prefix)) ?? false;
  let maxHoursPerWeek: number | null = null;
  for (const band of hours ?? []) {
    // Bands for the oldest participants only (공공근로 70+: 15 h) do not bound the role as a whole.
    if (band.minAge !== undefined && band.minAge >= 65) continue;
    const limits = [
      band.maxPerWeek,
      band.maxPerMonth === undefined ? undefined : band.maxPerMonth / WEEKS_PER_MONTH,
    ].filter((v): v is number => v !== undefined);
    for (const limit of limits) maxHoursPerWeek = Math.min(maxHoursPerWeek ?? limit, limit);
  }
  return {
    program: rules.program,
    nameKo: entry.nameKo,
    nameEn: entry.nameEn,
    available: onlyInOk && !excluded,
    funding: funding
      ? {
          national: funding.national,
          metropolitan: funding.metropolitan,
          district: funding.district,
          confidence: funding.confidence,
          source: funding.source,
        }
      : null,
    maxHoursPerWeek,
    stageMonths: (stages ?? []).map((s) => s.months),
  };
}

/** The first of an occupation's programs (in its order of preference) that runs in the region and says who pays. */
export function chooseProgram(
  preferred: readonly ProgramCode[],
  terms: ReadonlyMap<ProgramCode, ProgramTerms>,
): ProgramTerms | null {
  for (const code of preferred) {
    const t = terms.get(code);
    if (t?.available && t.funding) return t;
  }
  return null;
}
