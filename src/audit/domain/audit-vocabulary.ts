/**
 * What the audit log records. Reads and writes of personal data, unmasking and exports (with a
 * reason), and sign-ins; the system's own work on the data (key rotation, data migrations).
 * - read: one record (GET /api/residents/{id}); list: one page of a list, with its filter, its
 *   count and the ids on it (one entry per request, not per row)
 * - login / login_failed / logout / session_expired: subject "user"; a failed sign-in keeps
 *   `details.reason` (wrong_password, unknown_email, locked, totp_invalid, totp_locked,
 *   backup_code_invalid, challenge_expired) and the address typed only masked and keyed-hashed
 */
export const AUDIT_ACTIONS = [
  "read",
  "list",
  "create",
  "update",
  "delete",
  "export",
  "unmask",
  "login",
  "logout",
  "login_failed",
  "session_expired",
  "key_rotate",
  "data_migration",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Actions that must say why (개인정보 보호법: access to personal data beyond the task is logged with its purpose). */
export const ACTIONS_REQUIRING_REASON: readonly AuditAction[] = ["unmask", "export"];

/** Who acted. The permission layer fills it from the signed-in principal; until then, anonymous. */
export interface AuditActor {
  userId: string | null;
  role: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
}

export const ANONYMOUS_ACTOR: AuditActor = { userId: null, role: "anonymous" };
/** The platform itself: seeds, start-up data migrations, key rotation from the CLI. */
export const SYSTEM_ACTOR: AuditActor = { userId: null, role: "system" };
