import type { AuditRow } from "./audit.repository.ts";
import type { TAuditEntry } from "./audit.schema.ts";

export function presentAuditEntry(row: AuditRow): TAuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorRole: row.actorRole,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    regionCode: row.regionCode,
    ip: row.ip,
    userAgent: row.userAgent,
    reason: row.reason,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
