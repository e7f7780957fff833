import type { EligibilityProfile } from "./domain/eligibility-profile.ts";
import { type EligibilityResult, evaluateEligibility } from "./domain/evaluate-eligibility.ts";
import type { EvaluationContext } from "./domain/evaluate-rules.ts";
import type { ProgramCode } from "./domain/program-catalogue.ts";
import { effectiveRules, type RuleSet } from "./domain/rule-set.ts";
import { loadRulesData } from "./rules-data.ts";

/**
 * The real rules data (data/program-rules/) with in-memory names, for the engine's table-driven
 * tests: the tests check the shipped figures, not a copy of them.
 */
const data = loadRulesData();
const SIDO: Record<string, { ko: string; en: string }> = {
  "11": { ko: "서울특별시", en: "Seoul" },
  "41": { ko: "경기도", en: "Gyeonggi-do" },
};

export function contextFor(date: string): EvaluationContext {
  const directJob = new Set(data.ruleSets.filter((s) => s.directJob).map((s) => s.program as string));
  return {
    date,
    medianIncomes: data.medianIncomes,
    programName: (code) => ({ ko: code, en: code }),
    isDirectJob: (code) => directJob.has(code),
    regionName: (prefix) => SIDO[prefix],
  };
}

/** The shipped rules of a program for a year, with the region's overrides applied. */
export function ruleSetFor(program: ProgramCode, regionCode: string, year: number): RuleSet {
  const national = data.ruleSets.find((s) => s.program === program && s.year === year);
  if (!national) throw new Error(`no ${program} rules for ${year}`);
  const overrides = data.overrides.filter((o) => o.program === program && o.year === year);
  return effectiveRules(national, overrides, regionCode);
}

export function evaluate(
  program: ProgramCode,
  profile: EligibilityProfile,
  date = "2026-03-02",
): EligibilityResult {
  return evaluateEligibility(
    profile,
    ruleSetFor(program, profile.regionCode, Number(date.slice(0, 4))),
    contextFor(date),
  );
}

export const medianIncomeTables = data.medianIncomes;
