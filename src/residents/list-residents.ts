import { type Scope, withinScope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { listResidents, type ResidentRow } from "./resident.repository.ts";
import type { TResidentQuery } from "./resident.schema.ts";

/**
 * A page of residents (masked by the presenter), logged as one `list` entry: the filter as
 * asked, how many matched, and the ids on the page (the data subjects whose masked rows were
 * shown), never one entry per row.
 */
export async function listResidentsLogged(
  db: Db,
  query: TResidentQuery,
  scope: Scope,
  actor: AuditActor,
  now: Date,
): Promise<{ rows: ResidentRow[]; total: number }> {
  const result = await listResidents(db, query, scope);
  const { page, pageSize, ...filter } = query;
  await recordAudit(db, actor, {
    action: "list",
    subjectType: "resident",
    subjectId: null,
    regionCode: loggedRegion(query.region, scope),
    at: now,
    details: {
      filter,
      page,
      pageSize,
      count: result.rows.length,
      total: result.total,
      residentIds: result.rows.map((r) => r.resident.id),
    },
  });
  return result;
}

/**
 * The region the entry is filed under: the one filtered on when the caller may see it (a
 * metropolitan officer narrowing to a 시군구), else the caller's own, so that an officer's audit
 * search finds the lists of their region and no other region's officers see this caller's search.
 */
export function loggedRegion(filtered: string | undefined, scope: Scope): string | null {
  if (filtered && withinScope(scope, { regionCode: filtered })) return filtered;
  return scope.kind === "region" ? scope.regionCode : null;
}
