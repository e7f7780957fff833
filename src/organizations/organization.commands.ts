import type { Db } from "../db/client.ts";
import { requireRegion } from "../regions/require-region.ts";
import { AppError, notFound } from "../shared/errors.ts";
import {
  findOrganization,
  insertOrganization,
  lockOrganization,
  type OrganizationRow,
  updateOrganization,
} from "./organization.repository.ts";
import { toOrganizationChanges, toOrganizationRow } from "./organization.rows.ts";
import type { TOrganizationCreate, TOrganizationUpdate } from "./organization.schema.ts";

/** The writes of organizations, each in one transaction, returning the organization as stored. */

export const ORGANIZATION = { ko: "기관", en: "Organization" };

export async function createOrganization(
  db: Db,
  input: TOrganizationCreate,
  now: Date,
): Promise<OrganizationRow> {
  return db.transaction(async (tx) => {
    await requireRegion(tx, input.regionCode);
    const id = await insertOrganization(tx, { ...toOrganizationRow(input), createdAt: now, updatedAt: now });
    return (await findOrganization(tx, id))!;
  });
}

export async function editOrganization(
  db: Db,
  id: string,
  patch: TOrganizationUpdate,
  now: Date,
): Promise<OrganizationRow> {
  return db.transaction(async (tx) => {
    const stored = await lockOrganization(tx, id, "update");
    if (!stored) throw notFound(ORGANIZATION, id);
    // A closed organization's record is kept as it was when it stopped posting work.
    if (stored.status === "closed") {
      throw new AppError("conflict", {
        ko: "운영을 종료한 기관은 수정할 수 없습니다.",
        en: "A closed organization cannot be edited.",
      });
    }
    if (patch.regionCode) await requireRegion(tx, patch.regionCode);
    await updateOrganization(tx, id, { ...toOrganizationChanges(patch), updatedAt: now });
    return (await findOrganization(tx, id))!;
  });
}

/** Closing twice is harmless: the second request returns the organization unchanged. */
export async function closeOrganization(db: Db, id: string, now: Date): Promise<OrganizationRow> {
  return db.transaction(async (tx) => {
    const stored = await lockOrganization(tx, id, "update");
    if (!stored) throw notFound(ORGANIZATION, id);
    if (stored.status !== "closed") await updateOrganization(tx, id, { status: "closed", updatedAt: now });
    return (await findOrganization(tx, id))!;
  });
}
