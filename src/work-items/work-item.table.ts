import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { organizations } from "../organizations/organization.table.ts";
import { programs } from "../programs/program.table.ts";
import { regions } from "../regions/region.table.ts";
import type { ResidentGroup } from "../residents/domain/resident-vocabulary.ts";
import type { TimeSlot } from "../shared/domain/weekly-schedule.ts";
import type { WorkCategory, WorkItemStatus, WorkKind } from "./domain/work-item-vocabulary.ts";

/** A work item (일감): a piece of public work that an institution needs people for. */
export const workItems = pgTable(
  "work_items",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    programCode: varchar({ length: 40 }).references(() => programs.code),
    title: text().notNull(),
    description: text().notNull(),
    category: text().$type<WorkCategory>().notNull(),
    kind: text().$type<WorkKind>().notNull(),
    status: text().$type<WorkItemStatus>().notNull().default("open"),
    remote: boolean().notNull().default(false),
    placeName: text(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    schedule: jsonb().$type<TimeSlot[]>().notNull(),
    hoursPerWeek: real().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    headcount: integer().notNull(),
    hourlyWage: integer().notNull(),
    requiredSkills: text().array().notNull().default(sql`'{}'::text[]`),
    preferredSkills: text().array().notNull().default(sql`'{}'::text[]`),
    requiredCertificates: text().array().notNull().default(sql`'{}'::text[]`),
    preferredCertificates: text().array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text().array().$type<ResidentGroup[]>().notNull().default(sql`'{}'::text[]`),
    synthetic: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("work_items_region_status_idx").on(t.regionCode, t.status),
    index("work_items_organization_idx").on(t.organizationId),
    index("work_items_category_idx").on(t.category),
    index("work_items_lat_lng_idx").on(t.lat, t.lng),
    // The list's default order (newest open items first) and its start-date order.
    index("work_items_status_created_idx").on(t.status, t.createdAt),
    index("work_items_status_start_date_idx").on(t.status, t.startDate),
  ],
);
