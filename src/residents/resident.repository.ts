import { and, arrayContains, desc, eq, inArray, sql } from "drizzle-orm";
import type { Scope } from "../access/domain/resolve-access.ts";
import { scopeCondition } from "../access/scope-condition.ts";
import type { Db } from "../db/client.ts";
import { inRegion, pageOffset } from "../db/list-conditions.ts";
import { regions } from "../regions/region.table.ts";
import {
  openPersonal,
  type ResidentInsert,
  type ResidentPersonalInsert,
  sealPersonal,
  sealPersonalRow,
} from "./resident.rows.ts";
import type { TResidentQuery } from "./resident.schema.ts";
import { residentPersonalData, residents } from "./resident.table.ts";

const columns = {
  resident: residents,
  // Envelopes: the presenter opens them to mask them; nothing else needs them.
  personal: {
    nameEnc: residentPersonalData.nameEnc,
    phoneEnc: residentPersonalData.phoneEnc,
    addressEnc: residentPersonalData.addressEnc,
    notesEnc: residentPersonalData.notesEnc,
  },
  regionNameKo: regions.fullNameKo,
  regionNameEn: regions.fullNameEn,
};

/** Internal callers (commands, seeds) work without a caller's scope. */
const EVERYTHING: Scope = { kind: "everything" };

export type ResidentRow = NonNullable<Awaited<ReturnType<typeof findResident>>>;

export async function listResidents(db: Db, query: TResidentQuery, scope: Scope = EVERYTHING) {
  const where = and(
    scopeCondition(scope, { regionCode: residents.regionCode, residentId: residents.id }),
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
  // The same join as the rows: an erased registration (no personal row, see eraseResident) is in neither.
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

/** One resident, if it lies inside the caller's scope (outside it, the caller cannot tell it exists). */
export async function findResident(db: Db, id: string, scope: Scope = EVERYTHING) {
  const [row] = await db
    .select(columns)
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .innerJoin(regions, eq(regions.code, residents.regionCode))
    .where(
      and(
        eq(residents.id, id),
        scopeCondition(scope, { regionCode: residents.regionCode, residentId: residents.id }),
      ),
    );
  return row ?? null;
}

/**
 * Active residents whose blind indexes match (decision 0010): the name's, and the phone's last four
 * digits' when given, each under any known key; the birth year and region when given; within the
 * caller's scope. At most `limit` rows, newest registration first.
 */
export async function findByLookup(
  db: Db,
  criteria: {
    names: string[];
    phones?: string[] | undefined;
    birthYear?: number | undefined;
    region?: string | undefined;
  },
  scope: Scope = EVERYTHING,
  limit = 20,
) {
  return db
    .select(columns)
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .innerJoin(regions, eq(regions.code, residents.regionCode))
    .where(
      and(
        inArray(residentPersonalData.nameLookup, criteria.names),
        criteria.phones ? inArray(residentPersonalData.phoneLookup, criteria.phones) : undefined,
        criteria.birthYear !== undefined ? eq(residents.birthYear, criteria.birthYear) : undefined,
        criteria.region ? inRegion(residents.regionCode, criteria.region) : undefined,
        eq(residents.status, "active"),
        scopeCondition(scope, { regionCode: residents.regionCode, residentId: residents.id }),
      ),
    )
    .orderBy(desc(residents.createdAt), desc(residents.id))
    .limit(limit);
}

/** The matching row, locked against concurrent edits until the transaction ends. */
export async function lockResident(db: Db, id: string) {
  const [row] = await db.select().from(residents).where(eq(residents.id, id)).for("update");
  return row ?? null;
}

/**
 * A resident's personal fields in the clear, for the paths that must show or export them (and
 * audit that they did). Null when there is no such resident.
 */
export async function findPersonalData(db: Db, id: string): Promise<ResidentPersonalInsert | null> {
  const [row] = await db
    .select(columns.personal)
    .from(residentPersonalData)
    .where(eq(residentPersonalData.residentId, id));
  return row ? openPersonal(id, row) : null;
}

/**
 * Inserts the matching row and the personal row together: a resident never exists without
 * the personal row, nor the reverse. Nested in a caller's transaction this is a savepoint.
 * Personal fields arrive in the clear and are sealed here, once the row id they are bound to
 * is known.
 */
export async function insertResident(
  db: Db,
  rows: { resident: ResidentInsert; personal: ResidentPersonalInsert & { updatedAt?: Date } },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx.insert(residents).values(rows.resident).returning({ id: residents.id });
    const { updatedAt, ...personal } = rows.personal;
    await tx
      .insert(residentPersonalData)
      .values({ ...sealPersonalRow(inserted!.id, personal), residentId: inserted!.id, updatedAt });
    return inserted!.id;
  });
}

export async function updateResident(
  db: Db,
  id: string,
  changes: {
    resident: Partial<ResidentInsert>;
    personal: Partial<ResidentPersonalInsert> & { updatedAt?: Date };
  },
): Promise<void> {
  await db.update(residents).set(changes.resident).where(eq(residents.id, id));
  const { updatedAt, ...personal } = changes.personal;
  const sealed = sealPersonal(id, personal);
  if (Object.keys(sealed).length > 0) {
    await db
      .update(residentPersonalData)
      .set({ ...sealed, updatedAt })
      .where(eq(residentPersonalData.residentId, id));
  }
}
