import { AUDIT_ACTIONS, type AuditAction } from "../../../../src/audit/domain/audit-vocabulary.ts";

/** Whether a value (from the address bar, a select) is one of the audit log's actions. */
export function isAction(value: string | null | undefined): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value ?? "");
}
