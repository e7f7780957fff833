import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { MedianIncomeYear } from "./domain/median-income.ts";
import type { RuleSections } from "./domain/rule-set.ts";
import { programs } from "./program.table.ts";

/**
 * A program's rules for one year: the national set (region_prefix '') and the overrides of a
 * 시도 ('11') or 시군구 ('11620'), each replacing whole sections. Loaded from
 * data/program-rules/ on seed; officers change their region's override through the API, and each
 * change is audited with the sections before and after.
 */
export const programRuleSets = pgTable(
  "program_rule_sets",
  {
    programCode: varchar({ length: 40 })
      .notNull()
      .references(() => programs.code),
    year: integer().notNull(),
    regionPrefix: varchar({ length: 5 }).notNull(),
    /** Whether the program counts as a 직접일자리 (national sets only). */
    directJob: boolean(),
    rules: jsonb().$type<RuleSections>().notNull(),
    notesKo: text(),
    notesEn: text(),
    /** "seed" rows may be replaced by a newer data version; "officer" rows never are. */
    origin: text().$type<"seed" | "officer">().notNull(),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programCode, t.year, t.regionPrefix] })],
);

/** 기준중위소득 tables by year (보건복지부 고시), from data/program-rules/median-income.json. */
export const medianIncomes = pgTable("median_incomes", {
  year: integer().primaryKey(),
  table: jsonb().$type<MedianIncomeYear>().notNull(),
});
