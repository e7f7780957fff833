import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { organizations } from "../organizations/organization.table.ts";
import { regions } from "../regions/region.table.ts";
import { residents } from "../residents/resident.table.ts";
import { accounts } from "./account.table.ts";
import { users } from "./user.table.ts";

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Which of these addresses already have an account. */
export async function findExistingEmails(db: Db, emails: readonly string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.email, [...emails]));
  return new Set(rows.map((r) => r.email));
}

/** A user and its e-mail-and-password sign-in (better-auth's "credential" account), together. */
export async function insertUserWithPassword(
  db: Db,
  user: NewUserRow,
  passwordHash: string,
): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(users).values(user).returning();
    if (!row) throw new Error("insert into users returned nothing");
    await tx.insert(accounts).values({
      userId: row.id,
      accountId: row.id,
      providerId: "credential",
      password: passwordHash,
    });
    return row;
  });
}

/** The first synthetic resident and institution of each district (by id, so always the same). */
export async function firstSyntheticRecords(
  db: Db,
  districtCodes: readonly string[],
): Promise<Map<string, { residentId: string | null; organizationId: string | null }>> {
  const result = new Map<string, { residentId: string | null; organizationId: string | null }>();
  for (const code of districtCodes) {
    const [resident] = await db
      .select({ id: residents.id })
      .from(residents)
      .where(and(eq(residents.regionCode, code), eq(residents.synthetic, true)))
      .orderBy(asc(residents.id))
      .limit(1);
    const [organization] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.regionCode, code), eq(organizations.synthetic, true)))
      .orderBy(asc(organizations.id))
      .limit(1);
    result.set(code, { residentId: resident?.id ?? null, organizationId: organization?.id ?? null });
  }
  return result;
}

/** The names of these 시군구 and of their 시도, for demo account names. */
export async function districtNames(
  db: Db,
  districtCodes: readonly string[],
): Promise<{ code: string; nameKo: string; sidoNameKo: string }[]> {
  if (districtCodes.length === 0) return [];
  const sidoCodes = [...new Set(districtCodes.map((c) => c.slice(0, 2)))];
  const rows = await db
    .select({ code: regions.code, nameKo: regions.nameKo })
    .from(regions)
    .where(inArray(regions.code, [...districtCodes, ...sidoCodes]));
  const name = new Map(rows.map((r) => [r.code, r.nameKo]));
  return districtCodes
    .filter((code) => name.has(code))
    .map((code) => ({
      code,
      nameKo: name.get(code)!,
      sidoNameKo: name.get(code.slice(0, 2)) ?? code.slice(0, 2),
    }));
}

export interface DemoAccountRow {
  role: UserRow["role"];
  email: string;
  /** The account's own region, else its linked resident's or institution's 시군구. */
  region: string | null;
  regionName: string | null;
}

/** Every account marked demo, with the region it acts for. */
export async function listDemoAccounts(db: Db): Promise<DemoAccountRow[]> {
  const rows = await db
    .select({
      role: users.role,
      email: users.email,
      regionCode: users.regionCode,
      residentRegion: residents.regionCode,
      organizationRegion: organizations.regionCode,
    })
    .from(users)
    .leftJoin(residents, eq(residents.id, users.residentId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.demo, true));
  const codes = [
    ...new Set(
      rows.map((r) => r.regionCode ?? r.residentRegion ?? r.organizationRegion).filter((c) => c !== null),
    ),
  ];
  const names =
    codes.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db
              .select({ code: regions.code, name: regions.fullNameKo })
              .from(regions)
              .where(inArray(regions.code, codes))
          ).map((r) => [r.code, r.name]),
        );
  return rows.map((r) => {
    const region = r.regionCode ?? r.residentRegion ?? r.organizationRegion;
    return { role: r.role, email: r.email, region, regionName: region ? (names.get(region) ?? null) : null };
  });
}

/** Links a resident account to the resident record it just registered; false if it already has one. */
export async function linkResidentToUser(db: Db, userId: string, residentId: string): Promise<boolean> {
  const linked = await db
    .update(users)
    .set({ residentId })
    .where(and(eq(users.id, userId), isNull(users.residentId)))
    .returning({ id: users.id });
  return linked.length === 1;
}
