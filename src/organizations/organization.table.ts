import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { regions } from "../regions/region.table.ts";
import type { OrganizationStatus, OrganizationType } from "./domain/organization-types.ts";

/** Institutions that post work: local governments, welfare centres, schools, social enterprises… */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    name: text().notNull(),
    type: text().$type<OrganizationType>().notNull(),
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    address: text(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    /** The institution's public contact number (not personal data). */
    phone: text(),
    description: text(),
    status: text().$type<OrganizationStatus>().notNull().default("active"),
    /** True for generated demo rows; shown as such in the API and UI. */
    synthetic: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organizations_region_idx").on(t.regionCode, t.status)],
);
