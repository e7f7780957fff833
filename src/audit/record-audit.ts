import type { Db } from "../db/client.ts";
import { type AuditRow, appendAudit } from "./audit.repository.ts";
import type { AuditAction, AuditActor } from "./domain/audit-vocabulary.ts";

export interface AuditEvent {
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  regionCode?: string | null;
  reason?: string | null;
  /** Field names and counts, never personal values. */
  details?: Record<string, unknown>;
  /** The command's clock; the wall clock when absent. */
  at?: Date;
}

/**
 * What a command calls to log what it did to personal data, inside its own transaction. The
 * actor is whoever the edge says is calling: ANONYMOUS_ACTOR until the permission layer passes
 * the signed-in principal (with the request's ip and user agent).
 */
export function recordAudit(tx: Db, actor: AuditActor, event: AuditEvent): Promise<AuditRow> {
  return appendAudit(tx, {
    at: event.at,
    actorUserId: actor.userId,
    actorRole: actor.role,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent ?? null,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    regionCode: event.regionCode ?? null,
    reason: event.reason ?? null,
    details: event.details,
  });
}
