import { type AnyColumn, eq, type SQL, sql } from "drizzle-orm";
import { inRegion } from "../db/list-conditions.ts";
import type { Scope } from "./domain/resolve-access.ts";

/**
 * The WHERE fragment that keeps a query inside the caller's scope. A table that has no column
 * for the scope's kind yields `false`: no rows, never all rows.
 */
export function scopeCondition(
  scope: Scope,
  columns: { regionCode?: AnyColumn; organizationId?: AnyColumn; residentId?: AnyColumn },
): SQL | undefined {
  switch (scope.kind) {
    case "everything":
    case "public":
      return undefined;
    case "region":
      return columns.regionCode ? inRegion(columns.regionCode, scope.regionCode) : sql`false`;
    case "organization":
      return columns.organizationId ? eq(columns.organizationId, scope.organizationId) : sql`false`;
    case "resident":
      return columns.residentId && scope.residentId ? eq(columns.residentId, scope.residentId) : sql`false`;
  }
}
