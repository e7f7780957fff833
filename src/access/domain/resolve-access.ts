import type { Principal } from "../../auth/domain/principal.ts";
import { PERMISSIONS, type Reach, type UseCase } from "./permissions.ts";

/**
 * The records a caller may touch for one use-case, as data the repositories turn into a WHERE
 * clause: tenancy is applied in the query, not by filtering results afterwards.
 */
export type Scope =
  | { kind: "everything" }
  | { kind: "region"; regionCode: string }
  | { kind: "organization"; organizationId: string }
  | { kind: "resident"; residentId: string | null }
  /** Public read of public records. */
  | { kind: "public" };

export type AccessDecision =
  | { allowed: true; scope: Scope }
  /** 401: not signed in; 403: signed in but this role may not do this at all. */
  | { allowed: false; status: 401 | 403 };

export function resolveAccess(principal: Principal | null, useCase: UseCase): AccessDecision {
  const permission = PERMISSIONS[useCase];
  const reach: Reach | undefined = principal
    ? (permission.roles as Partial<Record<Principal["role"], Reach>>)[principal.role]
    : undefined;
  if (principal && reach) {
    const scope = scopeFor(principal, reach);
    if (scope) return { allowed: true, scope };
    return { allowed: false, status: 403 };
  }
  if ("public" in permission && permission.public) return { allowed: true, scope: { kind: "public" } };
  return { allowed: false, status: principal ? 403 : 401 };
}

function scopeFor(principal: Principal, reach: Reach): Scope | null {
  switch (reach) {
    case "all":
      return { kind: "everything" };
    case "region":
      // An officer account without a region is misconfigured: it gets nothing rather than everything.
      return principal.regionCode ? { kind: "region", regionCode: principal.regionCode } : null;
    case "organization":
      return principal.organizationId
        ? { kind: "organization", organizationId: principal.organizationId }
        : null;
    case "own":
      return { kind: "resident", residentId: principal.residentId };
  }
}

/** Facts about one record that decide whether it is inside a scope. */
export interface RecordPlace {
  regionCode?: string | null;
  organizationId?: string | null;
  residentId?: string | null;
}

/** Whether a record (existing, or about to be created) lies inside the scope. */
export function withinScope(scope: Scope, record: RecordPlace): boolean {
  switch (scope.kind) {
    case "everything":
    case "public":
      return true;
    case "region":
      return !!record.regionCode && record.regionCode.startsWith(scope.regionCode);
    case "organization":
      return !!record.organizationId && record.organizationId === scope.organizationId;
    case "resident":
      return !!scope.residentId && record.residentId === scope.residentId;
  }
}
