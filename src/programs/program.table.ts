import { pgTable, text, varchar } from "drizzle-orm/pg-core";

/**
 * The direct-job programs (공공근로, 노인일자리, 자활근로 …) and the platform's own K-공공일자리.
 * Rows only for now: eligibility rules, funding shares and cohorts arrive as versioned data
 * in the programs issue, never as constants.
 */
export const programs = pgTable("programs", {
  code: varchar({ length: 40 }).primaryKey(),
  nameKo: text().notNull(),
  nameEn: text().notNull(),
  ministryKo: text().notNull(),
  ministryEn: text().notNull(),
  summaryKo: text().notNull(),
  summaryEn: text().notNull(),
  /** "placeholder" until the rules are loaded. */
  rulesStatus: text().$type<"placeholder" | "loaded">().notNull().default("placeholder"),
});
