import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type MedianIncomeYear, ZMedianIncomeYear } from "./domain/median-income.ts";
import { PROGRAM_CODES } from "./domain/program-catalogue.ts";
import { type RuleSet, ZRuleSections, ZRuleSet } from "./domain/rule-set.ts";

/** The rule files in data/program-rules/ (sources in each figure and in data/SOURCES.md). */
const DIR = new URL("../../data/program-rules/", import.meta.url);
export const RULE_YEARS = [2025, 2026] as const;

const ZOverrideFile = z.array(
  z
    .object({
      program: z.enum(PROGRAM_CODES),
      year: z.number().int(),
      regionPrefix: z.string().regex(/^\d{2}(\d{3})?$/),
      rules: ZRuleSections,
    })
    .strict(),
);

export interface RulesData {
  ruleSets: RuleSet[];
  overrides: z.infer<typeof ZOverrideFile>;
  medianIncomes: MedianIncomeYear[];
  /** A digest of the files, so the seed reloads them only when they change. */
  version: string;
}

function readJson(name: string): { text: string; value: unknown } {
  const text = readFileSync(fileURLToPath(new URL(name, DIR)), "utf8");
  return { text, value: JSON.parse(text) };
}

/** Reads and validates every rule file; a broken file fails loudly with the file and path. */
export function loadRulesData(): RulesData {
  const hash = createHash("sha256");
  const parse = <T>(name: string, schema: z.ZodType<T>): T => {
    const { text, value } = readJson(name);
    hash.update(text);
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`data/program-rules/${name}: ${issue.path.join(".")}: ${issue.message}`);
    }
    return result.data;
  };
  const ruleSets = RULE_YEARS.flatMap((year) => parse(`rules-${year}.json`, z.array(ZRuleSet)));
  for (const year of RULE_YEARS) {
    const missing = PROGRAM_CODES.filter(
      (code) => !ruleSets.some((s) => s.year === year && s.program === code),
    );
    if (missing.length > 0)
      throw new Error(`data/program-rules/rules-${year}.json: no rules for ${missing.join(", ")}`);
  }
  return {
    ruleSets,
    overrides: parse("regional-overrides.json", ZOverrideFile),
    medianIncomes: parse("median-income.json", z.array(ZMedianIncomeYear)),
    version: hash.digest("hex").slice(0, 16),
  };
}
