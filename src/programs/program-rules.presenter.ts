import { effectiveRules, RULE_SECTIONS, type RuleSet, sectionsNeedingReview } from "./domain/rule-set.ts";
import type { RuleSetRow } from "./program-rule.repository.ts";
import type { TProgramRules } from "./program-rules.schema.ts";

/** The rules of a program for a year as a region sees them, with where each section comes from. */
export function presentProgramRules(
  national: RuleSet,
  nationalRow: RuleSetRow,
  overrides: readonly RuleSetRow[],
  name: { ko: string; en: string },
  region: string | null,
  availableYears: number[],
): TProgramRules {
  const applicable = region ? overrides.filter((o) => region.startsWith(o.regionPrefix)) : [];
  const effective = region
    ? effectiveRules(
        national,
        applicable.map((o) => ({ regionPrefix: o.regionPrefix, rules: o.rules })),
        region,
      )
    : national;
  const sectionOrigin: Record<string, string> = {};
  for (const key of RULE_SECTIONS) {
    if (!(key in effective.rules)) continue;
    const from = [...applicable]
      .sort((a, b) => b.regionPrefix.length - a.regionPrefix.length)
      .find((o) => key in o.rules);
    sectionOrigin[key] = from ? from.regionPrefix : "national";
  }
  return {
    program: national.program,
    nameKo: name.ko,
    nameEn: name.en,
    year: national.year,
    directJob: national.directJob,
    region,
    notesKo: nationalRow.notesKo,
    notesEn: nationalRow.notesEn,
    effective: effective.rules,
    sectionOrigin,
    needsReview: sectionsNeedingReview(effective.rules),
    availableYears,
    overrides: overrides.map((o) => ({
      regionPrefix: o.regionPrefix,
      sections: Object.keys(o.rules),
      rules: o.rules,
      version: o.version,
      updatedAt: o.updatedAt.toISOString(),
    })),
  };
}
