import type { Db } from "../db/client.ts";
import { requireRegion } from "../regions/require-region.ts";
import { AppError, notFound, validationFailed } from "../shared/errors.ts";
import { checkMinimumAge } from "./domain/minimum-age.ts";
import {
  findResident,
  insertResident,
  lockResident,
  type ResidentRow,
  updateResident,
} from "./resident.repository.ts";
import { toResidentChanges, toResidentRows } from "./resident.rows.ts";
import type { TResidentCreate, TResidentUpdate } from "./resident.schema.ts";

/** The writes of residents, each in one transaction, returning the resident as stored. */

export const RESIDENT = { ko: "주민", en: "Resident" };

export async function registerResident(db: Db, input: TResidentCreate, now: Date): Promise<ResidentRow> {
  requireWorkingAge(input.birthYear, now);
  return db.transaction(async (tx) => {
    await requireRegion(tx, input.regionCode);
    const rows = toResidentRows(input);
    const id = await insertResident(tx, {
      resident: { ...rows.resident, createdAt: now, updatedAt: now },
      personal: { ...rows.personal, updatedAt: now },
    });
    return (await findResident(tx, id))!;
  });
}

export async function editResident(
  db: Db,
  id: string,
  patch: TResidentUpdate,
  now: Date,
): Promise<ResidentRow> {
  if (patch.birthYear !== undefined) requireWorkingAge(patch.birthYear, now);
  return db.transaction(async (tx) => {
    const stored = await lockResident(tx, id);
    if (!stored) throw notFound(RESIDENT, id);
    // Withdrawal is final here: someone who comes back registers again, with fresh consent.
    if (stored.status === "withdrawn") {
      throw new AppError("conflict", {
        ko: "탈퇴한 주민의 정보는 수정할 수 없습니다.",
        en: "A withdrawn resident cannot be edited.",
      });
    }
    if (patch.regionCode) await requireRegion(tx, patch.regionCode);
    const changes = toResidentChanges(patch);
    const personalChanged = Object.keys(changes.personal).length > 0;
    await updateResident(tx, id, {
      resident: { ...changes.resident, updatedAt: now },
      personal: personalChanged ? { ...changes.personal, updatedAt: now } : {},
    });
    return (await findResident(tx, id))!;
  });
}

/** Withdrawing twice is harmless: the second request returns the resident unchanged. */
export async function withdrawResident(db: Db, id: string, now: Date): Promise<ResidentRow> {
  return db.transaction(async (tx) => {
    const stored = await lockResident(tx, id);
    if (!stored) throw notFound(RESIDENT, id);
    if (stored.status !== "withdrawn") {
      await updateResident(tx, id, { resident: { status: "withdrawn", updatedAt: now }, personal: {} });
    }
    return (await findResident(tx, id))!;
  });
}

function requireWorkingAge(birthYear: number, now: Date): void {
  const error = checkMinimumAge(birthYear, now);
  if (error) throw validationFailed([error]);
}
