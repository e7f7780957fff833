import { and, arrayContains, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { inRegion, pageOffset } from "../db/list-conditions.ts";
import { regions } from "../regions/region.table.ts";
import type { ResidentInsert, ResidentPersonalInsert } from "./resident.rows.ts";
import type { TResidentQuery } from "./resident.schema.ts";
import { residentPersonalData, residents } from "./resident.table.ts";

const columns = {
  resident: residents,
  personal: {
    name: residentPersonalData.name,
    phone: residentPersonalData.phone,
    address: residentPersonalData.address,
  },
  regionNameKo: regions.fullNameKo,
  regionNameEn: regions.fullNameEn,
};

export type ResidentRow = NonNullable<Awaited<ReturnType<typeof findResident>>>;

export async function listResidents(db: Db, query: TResidentQuery) {
  const where = and(
    query.region ? inRegion(residents.regionCode, query.region) : undefined,
    eq(residents.status, query.status ?? "active"),
    query.group ? arrayContains(residents.groups, [query.group]) : undefined,
    query.synthetic !== undefined ? eq(residents.synthetic, query.synthetic) : undefined,
    query.skill ? arrayContains(residents.skills, [query.skill]) : undefined,
    query.interest ? arrayContains(residents.interests, [query.interest]) : undefined,
  );
  const rows = await db
    .select(columns)
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .innerJoin(regions, eq(regions.code, residents.regionCode))
    .where(where)
    .orderBy(desc(residents.createdAt), desc(residents.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(residents).where(where);
  return { rows, total: count?.total ?? 0 };
}

export async function findResident(db: Db, id: string) {
  const [row] = await db
    .select(columns)
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .innerJoin(regions, eq(regions.code, residents.regionCode))
    .where(eq(residents.id, id));
  return row ?? null;
}

/** The matching row, locked against concurrent edits until the transaction ends. */
export async function lockResident(db: Db, id: string) {
  const [row] = await db.select().from(residents).where(eq(residents.id, id)).for("update");
  return row ?? null;
}

/**
 * Inserts the matching row and the personal row together: a resident never exists without
 * the personal row, nor the reverse. Nested in a caller's transaction this is a savepoint.
 */
export async function insertResident(
  db: Db,
  rows: { resident: ResidentInsert; personal: ResidentPersonalInsert },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx.insert(residents).values(rows.resident).returning({ id: residents.id });
    await tx.insert(residentPersonalData).values({ ...rows.personal, residentId: inserted!.id });
    return inserted!.id;
  });
}

export async function updateResident(
  db: Db,
  id: string,
  changes: { resident: Partial<ResidentInsert>; personal: Partial<ResidentPersonalInsert> },
): Promise<void> {
  await db.update(residents).set(changes.resident).where(eq(residents.id, id));
  if (Object.keys(changes.personal).length > 0) {
    await db
      .update(residentPersonalData)
      .set(changes.personal)
      .where(eq(residentPersonalData.residentId, id));
  }
}
