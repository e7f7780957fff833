import { and, eq, inArray } from "drizzle-orm";
import type { Scope } from "../../access/domain/resolve-access.ts";
import { scopeCondition } from "../../access/scope-condition.ts";
import type { Db } from "../../db/client.ts";
import { inRegion } from "../../db/list-conditions.ts";
import { chunks } from "../../db/upsert.ts";
import { residentPersonalData, residents } from "../../residents/resident.table.ts";
import { participations } from "../participation.table.ts";

/** The queries of a participation-history import. */

const EVERYTHING: Scope = { kind: "everything" };

/** Residents by id, as far as the caller reaches (and inside `region` when given). */
export async function findImportResidentsById(
  db: Db,
  ids: readonly string[],
  scope: Scope = EVERYTHING,
  region?: string,
) {
  const found: { id: string; regionCode: string }[] = [];
  for (const batch of chunks([...new Set(ids)], 1000)) {
    found.push(
      ...(await db
        .select({ id: residents.id, regionCode: residents.regionCode })
        .from(residents)
        .where(
          and(
            inArray(residents.id, batch),
            region ? inRegion(residents.regionCode, region) : undefined,
            scopeCondition(scope, { regionCode: residents.regionCode, residentId: residents.id }),
          ),
        )),
    );
  }
  return found;
}

/**
 * Active residents whose name fingerprint is one of `nameLookups` (decision 0010), with what a row
 * may narrow them by (phone fingerprint, birth year), as far as the caller reaches.
 */
export async function findImportResidentsByName(
  db: Db,
  nameLookups: readonly string[],
  scope: Scope = EVERYTHING,
  region?: string,
) {
  const found: {
    id: string;
    regionCode: string;
    birthYear: number;
    nameLookup: string | null;
    phoneLookup: string | null;
  }[] = [];
  for (const batch of chunks([...new Set(nameLookups)], 1000)) {
    found.push(
      ...(await db
        .select({
          id: residents.id,
          regionCode: residents.regionCode,
          birthYear: residents.birthYear,
          nameLookup: residentPersonalData.nameLookup,
          phoneLookup: residentPersonalData.phoneLookup,
        })
        .from(residents)
        .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
        .where(
          and(
            inArray(residentPersonalData.nameLookup, batch),
            eq(residents.status, "active"),
            region ? inRegion(residents.regionCode, region) : undefined,
            scopeCondition(scope, { regionCode: residents.regionCode, residentId: residents.id }),
          ),
        )),
    );
  }
  return found;
}

export async function insertParticipations(
  tx: Db,
  rows: readonly (typeof participations.$inferInsert)[],
): Promise<{ id: string }[]> {
  const ids: { id: string }[] = [];
  for (const batch of chunks(rows, 500)) {
    ids.push(...(await tx.insert(participations).values(batch).returning({ id: participations.id })));
  }
  return ids;
}
