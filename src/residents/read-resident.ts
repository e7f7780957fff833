import type { Scope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { notFound } from "../shared/errors.ts";
import { RESIDENT } from "./resident.commands.ts";
import { findResident, type ResidentRow } from "./resident.repository.ts";

/**
 * One resident's record (masked by the presenter), and the read in the audit log: who, whose,
 * from where (안전조치 기준 art. 8: 접속기록 of the data subjects processed). The entry commits
 * before the record leaves the server, so there is no read without its record. A resident
 * reading their own record is logged too (`details.own`): one rule for every reader, and the
 * log then answers "who saw this record" completely. A record outside the scope, or none, is a
 * 404 and logs nothing: nothing was read.
 */
export async function readResident(
  db: Db,
  id: string,
  scope: Scope,
  actor: AuditActor,
  now: Date,
): Promise<ResidentRow> {
  const row = await findResident(db, id, scope);
  if (!row) throw notFound(RESIDENT, id);
  await recordAudit(db, actor, {
    action: "read",
    subjectType: "resident",
    subjectId: id,
    regionCode: row.resident.regionCode,
    at: now,
    details: scope.kind === "resident" ? { own: true } : {},
  });
  return row;
}
