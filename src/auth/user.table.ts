import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { organizations } from "../organizations/organization.table.ts";
import { regions } from "../regions/region.table.ts";
import { residents } from "../residents/resident.table.ts";
import { ROLES, type Role } from "./domain/principal.ts";

/**
 * Accounts. The columns up to `twoFactorEnabled` are better-auth's `user` model (its core fields
 * and the twoFactor plugin's flag); the rest are Maeul's, declared to better-auth as
 * additionalFields (src/auth/auth.ts) and never writable through its API.
 */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    name: text().notNull(),
    /** Stored lower-case: better-auth looks addresses up lower-cased. */
    email: text().notNull().unique(),
    emailVerified: boolean().notNull().default(false),
    image: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    twoFactorEnabled: boolean().notNull().default(false),
    role: text().$type<Role>().notNull().default("resident"),
    /** 5-digit 시군구 for a district officer, 2-digit 시도 for a metropolitan officer. */
    regionCode: varchar({ length: 5 }).references(() => regions.code),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    residentId: uuid().references(() => residents.id, { onDelete: "set null" }),
    /** Demo accounts have public passwords; they are marked in every response and skip TOTP. */
    demo: boolean().notNull().default(false),
  },
  (t) => [
    check("users_role_check", sql.raw(`role in (${ROLES.map((r) => `'${r}'`).join(", ")})`)),
    index("users_role_region_idx").on(t.role, t.regionCode),
    index("users_organization_idx").on(t.organizationId),
    index("users_resident_idx").on(t.residentId),
  ],
);
