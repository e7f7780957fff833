import type { Context } from "hono";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { clientIp } from "../auth/client-ip.ts";
import type { AppEnv } from "../server/router.ts";

/** Who the audit log records for this request: the signed-in user, or anonymous. */
export function auditActorOf(c: Context<AppEnv>): AuditActor {
  const principal = c.get("principal") ?? null;
  return {
    userId: principal?.userId ?? null,
    role: principal?.role ?? "anonymous",
    ip: clientIp(c),
    userAgent: c.req.header("user-agent") ?? undefined,
  };
}
