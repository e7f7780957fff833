import { verifyPassword } from "better-auth/crypto";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { deleteUserAndSignIns, findPasswordHash, lockUser } from "../auth/account-deletion.repository.ts";
import { lockSecondsLeft } from "../auth/domain/login-throttle.ts";
import type { Principal } from "../auth/domain/principal.ts";
import {
  clearThrottle,
  readThrottle,
  recordFailures,
  type ThrottleSubject,
} from "../auth/login-throttle.repository.ts";
import { findUserById } from "../auth/user.repository.ts";
import { withdrawAllConsents } from "../consents/consent.commands.ts";
import { KEPT_AFTER_DELETION, RETENTION_AFTER_DELETION } from "../consents/domain/retention.ts";
import type { Db } from "../db/client.ts";
import { AppError, unauthenticated, validationFailed } from "../shared/errors.ts";
import type { TAccountDeletionReceipt } from "./my-account.schema.ts";
import { lockResident } from "./resident.repository.ts";
import { eraseResident } from "./resident-erasure.repository.ts";

export type AccountDeletionOutcome =
  | { kind: "deleted"; receipt: TAccountDeletionReceipt }
  /** Too many wrong passwords for this account (the sign-in throttle): try again later. */
  | { kind: "locked"; retryAfterSeconds: number };

/**
 * A resident deletes their account (PIPA art. 36 삭제, art. 37 처리정지, art. 21 파기), after
 * typing their password again. In one transaction: every consent still granted gets its
 * withdrawal row; the resident registration loses its personal row and is closed as a stub that
 * names nobody; the user goes with its password hash, sessions and TOTP secret; the sign-in
 * throttle's entry for the address goes; and the deletion is audited. What stays is only what
 * RETENTION_AFTER_DELETION lists (docs/privacy-retention.md), keyed by ids that no longer lead to
 * a person.
 *
 * Demo accounts are refused: their passwords are public, so anyone could delete them.
 */
export async function deleteMyAccount(
  db: Db,
  principal: Principal,
  password: string,
  actor: AuditActor,
  now: Date,
): Promise<AccountDeletionOutcome> {
  const user = await findUserById(db, principal.userId);
  if (!user) throw unauthenticated();
  // Wrong passwords count against the address exactly as at sign-in.
  const throttle: ThrottleSubject = { kind: "account", value: user.email };
  const locked = lockSecondsLeft((await readThrottle(db, [throttle])).get("account") ?? null, now);
  if (locked > 0) return { kind: "locked", retryAfterSeconds: locked };
  const hash = await findPasswordHash(db, user.id);
  if (!hash || !(await verifyPassword({ hash, password }))) {
    const after = lockSecondsLeft((await recordFailures(db, [throttle], now)).get("account") ?? null, now);
    if (after > 0) return { kind: "locked", retryAfterSeconds: after };
    throw wrongPassword();
  }
  // After the password, so that a wrong one is the same 400 for every resident account.
  if (user.demo) throw demoAccountRefused();

  return db.transaction(async (tx) => {
    const current = await lockUser(tx, user.id);
    // Deleted by a request that won the race: this session is gone with it.
    if (!current) throw unauthenticated();
    const resident = current.residentId ? await lockResident(tx, current.residentId) : null;
    const regionCode = resident?.regionCode ?? null;
    const consentsWithdrawn = await withdrawAllConsents(
      tx,
      actor,
      { userId: current.id, residentId: resident?.id ?? null },
      regionCode,
      now,
    );
    const personalFieldsErased = resident ? await eraseResident(tx, resident.id, now) : [];
    if (resident) {
      await recordAudit(tx, actor, {
        action: "delete",
        subjectType: "resident",
        subjectId: resident.id,
        regionCode,
        at: now,
        reason: DELETION_REASON,
        details: { status: "withdrawn", personalFieldsErased, stub: STUB_FIELDS },
      });
    }
    const removed = await deleteUserAndSignIns(tx, current.id);
    await clearThrottle(tx, throttle);
    await recordAudit(tx, actor, {
      action: "delete",
      subjectType: "account",
      subjectId: current.id,
      regionCode,
      at: now,
      reason: DELETION_REASON,
      details: {
        residentId: resident?.id ?? null,
        consentsWithdrawn,
        sessionsEnded: removed.sessions,
        signInsDeleted: removed.signIns,
        secondFactorsDeleted: removed.secondFactors,
        kept: [...KEPT_AFTER_DELETION],
      },
    });
    return {
      kind: "deleted",
      receipt: {
        deletedAt: now.toISOString(),
        residentErased: resident !== null,
        personalFieldsErased,
        sessionsEnded: removed.sessions,
        consentsWithdrawn,
        kept: KEPT_AFTER_DELETION.map((kept) => RETENTION_AFTER_DELETION[kept]),
      },
    } as const;
  });
}

const DELETION_REASON = "정보주체의 계정 삭제 요청 (data subject's request to delete the account)";

/** What the closed registration still holds: nothing that names or locates the person. */
const STUB_FIELDS = [
  "regionCode",
  "birthYear",
  "desiredHoursPerWeek",
  "maxTravelKm",
  "synthetic",
  "createdAt",
  "status",
];

function wrongPassword(): AppError {
  return validationFailed([
    {
      field: "password",
      reason: "incorrect",
      messageKo: "비밀번호가 올바르지 않습니다.",
      messageEn: "The password is incorrect.",
    },
  ]);
}

function demoAccountRefused(): AppError {
  return new AppError("forbidden", {
    ko: "데모 계정은 비밀번호가 공개되어 있어 삭제할 수 없습니다.",
    en: "Demo accounts have public passwords and cannot be deleted.",
  });
}
