import { ANONYMOUS_ACTOR, type AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { linkResidentToUser } from "../auth/user.repository.ts";
import { recordRegistrationConsent } from "../consents/consent.commands.ts";
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

/**
 * The writes of residents, each in one transaction, returning the resident as stored. Each
 * write to personal data is audited in the same transaction (names of the fields, never their
 * values); `actor` is who the edge says is calling, anonymous until the permission layer.
 */

export const RESIDENT = { ko: "주민", en: "Resident" };
const SUBJECT = "resident";

export async function registerResident(
  db: Db,
  input: TResidentCreate,
  now: Date,
  actor: AuditActor = ANONYMOUS_ACTOR,
  options: { linkToUserId?: string } = {},
): Promise<ResidentRow> {
  requireWorkingAge(input.birthYear, now);
  return db.transaction(async (tx) => {
    await requireRegion(tx, input.regionCode);
    const rows = toResidentRows(input);
    const id = await insertResident(tx, {
      resident: { ...rows.resident, createdAt: now, updatedAt: now },
      personal: { ...rows.personal, updatedAt: now },
    });
    // A resident registering themself: one record per account, linked in the same transaction.
    if (options.linkToUserId && !(await linkResidentToUser(tx, options.linkToUserId, id))) {
      throw new AppError("conflict", {
        ko: "이 계정에는 이미 등록된 주민 정보가 있습니다.",
        en: "This account already has a resident registration.",
      });
    }
    await recordAudit(tx, actor, {
      action: "create",
      subjectType: SUBJECT,
      subjectId: id,
      regionCode: input.regionCode,
      at: now,
      details: { personalFields: presentFields(rows.personal) },
    });
    // The registration form's required consent, with the privacy notice in force (src/consents).
    await recordRegistrationConsent(tx, actor, {
      userId: options.linkToUserId ?? null,
      residentId: id,
      regionCode: input.regionCode,
      at: now,
    });
    return (await findResident(tx, id))!;
  });
}

export async function editResident(
  db: Db,
  id: string,
  patch: TResidentUpdate,
  now: Date,
  actor: AuditActor = ANONYMOUS_ACTOR,
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
    const personalFields = Object.keys(changes.personal).sort();
    await updateResident(tx, id, {
      resident: { ...changes.resident, updatedAt: now },
      personal: personalFields.length > 0 ? { ...changes.personal, updatedAt: now } : {},
    });
    await recordAudit(tx, actor, {
      action: "update",
      subjectType: SUBJECT,
      subjectId: id,
      regionCode: patch.regionCode ?? stored.regionCode,
      at: now,
      details: { fields: Object.keys(changes.resident).sort(), personalFields },
    });
    return (await findResident(tx, id))!;
  });
}

/** Withdrawing twice is harmless: the second request returns the resident unchanged (and logs nothing). */
export async function withdrawResident(
  db: Db,
  id: string,
  now: Date,
  actor: AuditActor = ANONYMOUS_ACTOR,
): Promise<ResidentRow> {
  return db.transaction(async (tx) => {
    const stored = await lockResident(tx, id);
    if (!stored) throw notFound(RESIDENT, id);
    if (stored.status !== "withdrawn") {
      await updateResident(tx, id, { resident: { status: "withdrawn", updatedAt: now }, personal: {} });
      await recordAudit(tx, actor, {
        action: "delete",
        subjectType: SUBJECT,
        subjectId: id,
        regionCode: stored.regionCode,
        at: now,
        details: { status: "withdrawn" },
      });
    }
    return (await findResident(tx, id))!;
  });
}

function presentFields(personal: object): string[] {
  return Object.entries(personal)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([field]) => field)
    .sort();
}

function requireWorkingAge(birthYear: number, now: Date): void {
  const error = checkMinimumAge(birthYear, now);
  if (error) throw validationFailed([error]);
}
