import type { Scope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { notFound } from "../shared/errors.ts";
import { RESIDENT } from "./resident.commands.ts";
import { findPersonalData, findResident } from "./resident.repository.ts";

/**
 * An officer sees a resident's personal fields in the clear, for a stated reason that the audit
 * log keeps with the access (same transaction: no unmasking without its record).
 */
export async function unmaskResident(
  db: Db,
  id: string,
  scope: Scope,
  reason: string,
  actor: AuditActor,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const resident = await findResident(tx, id, scope);
    const personal = resident ? await findPersonalData(tx, id) : null;
    if (!resident || !personal) throw notFound(RESIDENT, id);
    await recordAudit(tx, actor, {
      action: "unmask",
      subjectType: "resident",
      subjectId: id,
      regionCode: resident.resident.regionCode,
      reason,
      at: now,
      details: { fields: ["name", "phone", "address"] },
    });
    return {
      residentId: id,
      name: personal.name,
      phone: personal.phone ?? null,
      address: personal.address ?? null,
      masked: false as const,
    };
  });
}
