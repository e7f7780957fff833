import { date, index, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";
import { regions } from "../regions/region.table.ts";

/**
 * Real 2022 노인일자리 projects (한국노인인력개발원, data.go.kr), approved and not deleted,
 * with their 시군구 codes mapped to today's codes. A real cross-section of public-job demand.
 */
export const seniorJobProjects = pgTable(
  "senior_job_projects",
  {
    projectNo: varchar({ length: 20 }).primaryKey(),
    year: integer().notNull(),
    /** public_interest (공익활동형), social_service (사회서비스형), market (시장형). */
    projectType: text().$type<"public_interest" | "social_service" | "market">().notNull(),
    /** e.g. "학교급식 지원봉사(A-07)". */
    activityType: text().notNull(),
    name: text().notNull(),
    /** The 시군구 when the project belongs to one; null for city-wide or 시도-direct projects. */
    regionCode: varchar({ length: 5 }).references(() => regions.code),
    sidoCode: varchar({ length: 2 })
      .notNull()
      .references(() => regions.code),
    /**
     * sigungu: one 시군구; city: a whole city that the boundaries split into 일반구 (수원시 41110);
     * sido: run directly by the 시도 (published as "직속", code xx009).
     */
    scope: text().$type<"sigungu" | "city" | "sido">().notNull(),
    /** The published 5-digit code mapped to today's codes (강원 42→51, 전북 45→52, 군위 47720→27720). */
    sourceRegionCode: varchar({ length: 5 }).notNull(),
    startDate: date(),
    endDate: date(),
    targetJobs: integer().notNull(),
  },
  (t) => [
    index("senior_job_projects_region_idx").on(t.regionCode),
    index("senior_job_projects_source_region_idx").on(t.sourceRegionCode),
  ],
);
