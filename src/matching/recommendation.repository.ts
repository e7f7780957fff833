/**
 * The SQL behind recommendations: what the in-memory indexes are built from (open work items,
 * active residents with their career fields), a cheap fingerprint of each (row count and the sum
 * of the rows' transaction ids, which every insert, edit, close or erasure changes, whichever
 * process made it), and the rows of the items and residents a ranking returns.
 */
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { organizations } from "../organizations/organization.table.ts";
import { participations } from "../participations/participation.table.ts";
import { regions } from "../regions/region.table.ts";
import { residentPersonalData, residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";

/** count and Σ xmin of a table's rows matching the condition, as one string. */
function fingerprint(table: string, where: string) {
  return sql.raw(
    `(select count(*)::text || ':' || coalesce(sum((xmin::text)::bigint), 0)::text from ${table} where ${where})`,
  );
}

export async function workItemsFingerprint(db: Db): Promise<string> {
  const result = await db.execute(sql`select ${fingerprint("work_items", "status = 'open'")} as v`);
  return (result as unknown as { rows: { v: string }[] }).rows[0]!.v;
}

export async function residentsFingerprint(db: Db): Promise<string> {
  const result = await db.execute(
    sql`select ${fingerprint("residents", "status = 'active'")} || '/' || ${fingerprint("resident_personal_data", "true")} || '/' || ${fingerprint("participations", "field is not null")} as v`,
  );
  return (result as unknown as { rows: { v: string }[] }).rows[0]!.v;
}

/** Every open work item's matching fields, in id order (a stable index order). */
export function loadOpenWorkItems(db: Db) {
  return db
    .select({ id: workItems.id, regionCode: workItems.regionCode, ...workItemMatchingColumns })
    .from(workItems)
    .where(eq(workItems.status, "open"))
    .orderBy(workItems.id);
}
export type MatchingWorkItemRow = Awaited<ReturnType<typeof loadOpenWorkItems>>[number];

/** What scoring reads of a work item (matching-features.ts), for recommendations and allocation. */
export const workItemMatchingColumns = {
  programCode: workItems.programCode,
  lat: workItems.lat,
  lng: workItems.lng,
  remote: workItems.remote,
  schedule: workItems.schedule,
  hoursPerWeek: workItems.hoursPerWeek,
  headcount: workItems.headcount,
  category: workItems.category,
  requiredSkills: workItems.requiredSkills,
  preferredSkills: workItems.preferredSkills,
  requiredCertificates: workItems.requiredCertificates,
  preferredCertificates: workItems.preferredCertificates,
  targetGroups: workItems.targetGroups,
};

/** What scoring reads of a resident: coarse place, age, groups, week, skills; nothing personal. */
export const residentMatchingColumns = {
  approxLat: residents.approxLat,
  approxLng: residents.approxLng,
  birthYear: residents.birthYear,
  groups: residents.groups,
  availability: residents.availability,
  desiredHoursPerWeek: residents.desiredHoursPerWeek,
  maxTravelKm: residents.maxTravelKm,
  remotePreference: residents.remotePreference,
  skills: residents.skills,
  certificates: residents.certificates,
  interests: residents.interests,
};

/** Active residents with a personal row (an erased registration has none), in id order. */
export function loadActiveResidents(db: Db) {
  return db
    .select({ id: residents.id, regionCode: residents.regionCode, ...residentMatchingColumns })
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .where(eq(residents.status, "active"))
    .orderBy(residents.id);
}
export type MatchingResidentRow = Awaited<ReturnType<typeof loadActiveResidents>>[number];

/** Participations with a service field, for career months (one person's, or everyone's). */
export function loadCareerParticipations(db: Db, residentId?: string) {
  return db
    .select({
      residentId: participations.residentId,
      program: participations.programCode,
      start: participations.startDate,
      end: participations.endDate,
      field: participations.field,
    })
    .from(participations)
    .where(
      and(
        isNotNull(participations.field),
        residentId ? eq(participations.residentId, residentId) : undefined,
      ),
    );
}

/** Work items by id, with the organization and region names (for presenting recommendations). */
export function findWorkItemsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      item: workItems,
      organization: {
        id: organizations.id,
        name: organizations.name,
        type: organizations.type,
        synthetic: organizations.synthetic,
      },
      regionNameKo: regions.fullNameKo,
      regionNameEn: regions.fullNameEn,
    })
    .from(workItems)
    .innerJoin(organizations, eq(organizations.id, workItems.organizationId))
    .innerJoin(regions, eq(regions.code, workItems.regionCode))
    .where(inArray(workItems.id, [...ids]));
}

/** Residents by id with their sealed name and region names (for presenting candidates, masked). */
export function findCandidateResidents(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: residents.id,
      regionCode: residents.regionCode,
      birthYear: residents.birthYear,
      synthetic: residents.synthetic,
      nameEnc: residentPersonalData.nameEnc,
      regionNameKo: regions.fullNameKo,
      regionNameEn: regions.fullNameEn,
    })
    .from(residents)
    .innerJoin(residentPersonalData, eq(residentPersonalData.residentId, residents.id))
    .innerJoin(regions, eq(regions.code, residents.regionCode))
    .where(inArray(residents.id, [...ids]));
}
