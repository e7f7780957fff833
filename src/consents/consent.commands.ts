import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Principal } from "../auth/domain/principal.ts";
import type { Db } from "../db/client.ts";
import { findResident } from "../residents/resident.repository.ts";
import { AppError } from "../shared/errors.ts";
import { presentConsentState, toConsentEvent } from "./consent.presenter.ts";
import { type ConsentRow, type ConsentSubject, consentHistory, insertConsent } from "./consent.repository.ts";
import type { TConsentDecision, TConsentState } from "./consent.schema.ts";
import type { ConsentMethod, ConsentPurpose } from "./domain/consent-purposes.ts";
import { consentChange, currentConsents } from "./domain/current-consents.ts";
import { CURRENT_PRIVACY_NOTICE } from "./domain/privacy-notice.ts";

/**
 * The writes of consent records. Every row appended is audited in the same transaction (the
 * purpose and the decision, never anything personal), and names the privacy notice in force.
 */

interface AppendConsent extends ConsentSubject {
  purpose: ConsentPurpose;
  granted: boolean;
  method: ConsentMethod;
  /** The resident's 시군구, so that the district's officers find the entry in their audit log. */
  regionCode: string | null;
  at: Date;
}

/** Appends one decision under the current notice and audits it. Call inside a transaction. */
export async function appendConsent(tx: Db, actor: AuditActor, input: AppendConsent): Promise<ConsentRow> {
  const row = await insertConsent(tx, {
    userId: input.userId,
    residentId: input.residentId,
    purpose: input.purpose,
    granted: input.granted,
    noticeVersion: CURRENT_PRIVACY_NOTICE.version,
    noticeEffectiveDate: CURRENT_PRIVACY_NOTICE.effectiveDate,
    method: input.method,
    recordedAt: input.at,
  });
  await recordAudit(tx, actor, {
    action: "create",
    subjectType: "consent",
    subjectId: String(row.id),
    regionCode: input.regionCode,
    at: input.at,
    details: {
      purpose: row.purpose,
      granted: row.granted,
      noticeVersion: row.noticeVersion,
      method: row.method,
      userId: row.userId,
      residentId: row.residentId,
    },
  });
  return row;
}

/**
 * The required `service` consent given with a registration: by the resident on the web (their
 * own account), or by an officer registering them (no account). Inside the registration's
 * transaction, so a registration never exists without its consent record.
 */
export async function recordRegistrationConsent(
  tx: Db,
  actor: AuditActor,
  input: { userId: string | null; residentId: string; regionCode: string; at: Date },
): Promise<ConsentRow> {
  return appendConsent(tx, actor, {
    ...input,
    purpose: "service",
    granted: true,
    method: input.userId ? "web" : "officer",
  });
}

/** GET /api/me/consents: the signed-in resident's consents, per purpose, with the notice in force. */
export async function readMyConsents(db: Db, principal: Principal): Promise<TConsentState> {
  return presentConsentState(await consentHistory(db, subjectOf(principal)));
}

/**
 * POST /api/me/consents: a resident agrees to or withdraws one purpose. A repeat of the current
 * decision under the same notice appends nothing; withdrawing the required purpose is refused
 * (422: that is deleting the account).
 */
export async function decideMyConsent(
  db: Db,
  principal: Principal,
  decision: TConsentDecision,
  actor: AuditActor,
  now: Date,
): Promise<TConsentState> {
  return db.transaction(async (tx) => {
    const subject = subjectOf(principal);
    const history = await consentHistory(tx, subject);
    const current = currentConsents(history.map(toConsentEvent)).find((s) => s.purpose === decision.purpose)!;
    const verdict = consentChange(current, decision, CURRENT_PRIVACY_NOTICE.version);
    if (verdict.kind === "refused") throw requiredPurposeRefused();
    if (verdict.kind === "unchanged") return presentConsentState(history);
    const resident = subject.residentId ? await findResident(tx, subject.residentId) : null;
    const row = await appendConsent(tx, actor, {
      ...subject,
      purpose: decision.purpose,
      granted: decision.granted,
      method: "web",
      regionCode: resident?.resident.regionCode ?? null,
      at: now,
    });
    return presentConsentState([...history, row]);
  });
}

/**
 * When an account is deleted: every purpose still granted gets its withdrawal row, so that the
 * history kept afterwards shows when each consent ended. Inside the deletion's transaction.
 */
export async function withdrawAllConsents(
  tx: Db,
  actor: AuditActor,
  subject: ConsentSubject,
  regionCode: string | null,
  at: Date,
): Promise<ConsentPurpose[]> {
  const history = await consentHistory(tx, subject);
  const granted = currentConsents(history.map(toConsentEvent)).filter((s) => s.granted);
  for (const state of granted) {
    await appendConsent(tx, actor, {
      ...subject,
      purpose: state.purpose,
      granted: false,
      method: "web",
      regionCode,
      at,
    });
  }
  return granted.map((s) => s.purpose);
}

function subjectOf(principal: Principal): ConsentSubject {
  return { userId: principal.userId, residentId: principal.residentId };
}

function requiredPurposeRefused(): AppError {
  const message = {
    ko: "필수 동의(서비스 제공)는 따로 철회할 수 없습니다. 철회하려면 계정을 삭제해 주세요.",
    en: "The required consent (providing the service) cannot be withdrawn on its own: delete the account instead.",
  };
  return new AppError("unprocessable", message, [
    { field: "granted", reason: "required_purpose", messageKo: message.ko, messageEn: message.en },
  ]);
}
