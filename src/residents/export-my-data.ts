import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Principal } from "../auth/domain/principal.ts";
import { findUserById } from "../auth/user.repository.ts";
import type { Db } from "../db/client.ts";
import { notFound } from "../shared/errors.ts";
import { presentResident } from "./resident.presenter.ts";
import { findPersonalData, findResident } from "./resident.repository.ts";

/**
 * "Download my data" (개인정보 열람·전송 요구, PIPA art. 35 and 35-2): everything Maeul holds about
 * the signed-in resident, personal fields in the clear because it is their own, and the export
 * recorded in the audit log with its reason.
 */
export async function exportMyData(db: Db, principal: Principal, actor: AuditActor, now: Date) {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, principal.userId);
    if (!user) throw notFound({ ko: "계정", en: "Account" }, principal.userId);
    const resident = principal.residentId ? await findResident(tx, principal.residentId) : null;
    const personal = principal.residentId ? await findPersonalData(tx, principal.residentId) : null;
    await recordAudit(tx, actor, {
      action: "export",
      subjectType: "resident",
      subjectId: principal.residentId,
      regionCode: resident?.resident.regionCode ?? null,
      reason: "정보주체의 본인 정보 내려받기 (data subject's own download)",
      at: now,
      details: { sections: resident ? ["account", "registration", "personal"] : ["account"] },
    });
    return {
      exportedAt: now.toISOString(),
      notice:
        "마을이 보관한 본인의 정보입니다. 주민등록번호는 수집하지 않습니다. / Everything Maeul holds about you. Maeul never collects resident registration numbers.",
      account: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        createdAt: user.createdAt.toISOString(),
      },
      registration: resident ? { ...presentResident(resident), personal: undefined } : null,
      personal: personal
        ? {
            name: personal.name,
            phone: personal.phone ?? null,
            address: personal.address ?? null,
            notes: personal.notes ?? null,
          }
        : null,
    };
  });
}
