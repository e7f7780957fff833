import { sql } from "drizzle-orm";
import {
  boolean,
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
import { regions } from "../regions/region.table.ts";
import type { TimeSlot } from "../shared/domain/weekly-schedule.ts";
import type { RemotePreference, ResidentGroup, ResidentStatus } from "./domain/resident-vocabulary.ts";

/**
 * What matching may see about a resident: coarse location (a ~250 m grid cell), birth year,
 * groups, availability and skills. Nothing here names or locates a person exactly.
 */
export const residents = pgTable(
  "residents",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    regionCode: varchar({ length: 5 })
      .notNull()
      .references(() => regions.code),
    approxLat: doublePrecision(),
    approxLng: doublePrecision(),
    birthYear: integer().notNull(),
    groups: text().array().$type<ResidentGroup[]>().notNull().default(sql`'{}'::text[]`),
    availability: jsonb().$type<TimeSlot[]>().notNull(),
    desiredHoursPerWeek: real().notNull(),
    maxTravelKm: real().notNull(),
    remotePreference: text().$type<RemotePreference>().notNull().default("no"),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    certificates: text().array().notNull().default(sql`'{}'::text[]`),
    interests: text().array().notNull().default(sql`'{}'::text[]`),
    status: text().$type<ResidentStatus>().notNull().default("active"),
    synthetic: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("residents_region_status_idx").on(t.regionCode, t.status),
    index("residents_lat_lng_idx").on(t.approxLat, t.approxLng),
    // The list's default: active residents, newest first.
    index("residents_status_created_idx").on(t.status, t.createdAt),
  ],
);

/**
 * Personal fields, kept in their own table and encrypted at rest (AES-256-GCM envelopes, see
 * src/privacy/domain/field-envelope.ts and docs/decisions/0005): each column holds
 * `v1:<keyId>:<iv>:<tag>:<ciphertext>`, bound to its column and resident id. Only the resident
 * presenter and the unmasking path decrypt; matching never needs them.
 */
export const residentPersonalData = pgTable(
  "resident_personal_data",
  {
    residentId: uuid()
      .primaryKey()
      .references(() => residents.id, { onDelete: "cascade" }),
    nameEnc: text().notNull(),
    phoneEnc: text(),
    addressEnc: text(),
    /** Free-text notes about the person (accessibility, family situation…): personal, so encrypted. */
    notesEnc: text(),
    /**
     * Blind indexes for the walk-in lookup (decision 0010): `<keyId>:<fingerprint>` of the
     * normalised name and of the phone's last four digits, never the values. Null until the
     * start-up step fills rows written before they existed.
     */
    nameLookup: text(),
    phoneLookup: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("resident_personal_data_name_lookup_idx").on(t.nameLookup)],
);
