import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../server/router.ts";
import { forbidden, unauthenticated } from "../shared/errors.ts";
import type { UseCase } from "./domain/permissions.ts";
import { resolveAccess } from "./domain/resolve-access.ts";

/**
 * Route middleware: decides the caller's access for one use-case (401 / 403), and leaves the
 * resulting scope in `c.var.scope` for the handler to pass to its repository.
 */
export function requirePermission(useCase: UseCase): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = resolveAccess(c.get("principal") ?? null, useCase);
    if (!decision.allowed) throw decision.status === 401 ? unauthenticated() : forbidden();
    c.set("scope", decision.scope);
    c.set("useCase", useCase);
    await next();
  };
}
