import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import type { MedianIncomeYear } from "./domain/median-income.ts";
import type { RuleOverride, RuleSections, RuleSet } from "./domain/rule-set.ts";
import { medianIncomes, programRuleSets } from "./program-rule.table.ts";

export type RuleSetRow = typeof programRuleSets.$inferSelect;

/** The latest year at or before `year` that has national rules (a later year falls back). */
export async function rulesYearFor(db: Db, year: number): Promise<number | null> {
  const [row] = await db
    .select({ year: programRuleSets.year })
    .from(programRuleSets)
    .where(and(eq(programRuleSets.regionPrefix, ""), lte(programRuleSets.year, year)))
    .orderBy(desc(programRuleSets.year))
    .limit(1);
  return row?.year ?? null;
}

export function toRuleSet(row: RuleSetRow): RuleSet {
  return {
    program: row.programCode as RuleSet["program"],
    year: row.year,
    directJob: row.directJob ?? false,
    rules: row.rules,
    ...(row.notesKo ? { notesKo: row.notesKo } : {}),
    ...(row.notesEn ? { notesEn: row.notesEn } : {}),
  };
}

/** National sets and every override of one year that could apply to `regionCode`. */
export async function findRulesForYear(
  db: Db,
  year: number,
  regionCode: string,
): Promise<{ national: RuleSet[]; overrides: (RuleOverride & { program: string })[] }> {
  const prefixes = ["", regionCode.slice(0, 2), ...(regionCode.length === 5 ? [regionCode] : [])];
  const rows = await db
    .select()
    .from(programRuleSets)
    .where(and(eq(programRuleSets.year, year), inArray(programRuleSets.regionPrefix, prefixes)));
  return {
    national: rows.filter((r) => r.regionPrefix === "").map(toRuleSet),
    overrides: rows
      .filter((r) => r.regionPrefix !== "")
      .map((r) => ({ program: r.programCode, regionPrefix: r.regionPrefix, rules: r.rules })),
  };
}

export async function findRuleRow(
  db: Db,
  program: string,
  year: number,
  regionPrefix: string,
): Promise<RuleSetRow | null> {
  const [row] = await db
    .select()
    .from(programRuleSets)
    .where(
      and(
        eq(programRuleSets.programCode, program),
        eq(programRuleSets.year, year),
        eq(programRuleSets.regionPrefix, regionPrefix),
      ),
    );
  return row ?? null;
}

/** Every override row of a program and year (for the rules screen). */
export async function listOverrides(db: Db, program: string, year: number): Promise<RuleSetRow[]> {
  return db
    .select()
    .from(programRuleSets)
    .where(
      and(
        eq(programRuleSets.programCode, program),
        eq(programRuleSets.year, year),
        sql`${programRuleSets.regionPrefix} <> ''`,
      ),
    )
    .orderBy(programRuleSets.regionPrefix);
}

export async function upsertOverride(
  tx: Db,
  row: {
    program: string;
    year: number;
    regionPrefix: string;
    rules: RuleSections;
    updatedBy: string | null;
    at: Date;
  },
): Promise<RuleSetRow> {
  const [saved] = await tx
    .insert(programRuleSets)
    .values({
      programCode: row.program,
      year: row.year,
      regionPrefix: row.regionPrefix,
      rules: row.rules,
      origin: "officer",
      updatedBy: row.updatedBy,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: [programRuleSets.programCode, programRuleSets.year, programRuleSets.regionPrefix],
      set: {
        rules: row.rules,
        origin: "officer",
        updatedBy: row.updatedBy,
        updatedAt: row.at,
        version: sql`${programRuleSets.version} + 1`,
      },
    })
    .returning();
  return saved!;
}

export async function deleteOverride(
  tx: Db,
  program: string,
  year: number,
  regionPrefix: string,
): Promise<boolean> {
  const deleted = await tx
    .delete(programRuleSets)
    .where(
      and(
        eq(programRuleSets.programCode, program),
        eq(programRuleSets.year, year),
        eq(programRuleSets.regionPrefix, regionPrefix),
      ),
    )
    .returning({ year: programRuleSets.year });
  return deleted.length > 0;
}

export async function findMedianIncomes(db: Db): Promise<MedianIncomeYear[]> {
  const rows = await db.select().from(medianIncomes).orderBy(medianIncomes.year);
  return rows.map((r) => r.table);
}

/** Years with national rules for a program, newest first. */
export async function listRuleYears(db: Db, program: string): Promise<number[]> {
  const rows = await db
    .select({ year: programRuleSets.year })
    .from(programRuleSets)
    .where(and(eq(programRuleSets.programCode, program), eq(programRuleSets.regionPrefix, "")))
    .orderBy(desc(programRuleSets.year));
  return rows.map((r) => r.year);
}
