/**
 * A run as the API shows it: figures, progress and, on request, the proposal opened with each
 * applicant by masked name only and each work item by title.
 */
import type { Db } from "../db/client.ts";
import { maskName } from "../residents/domain/mask-personal-data.ts";
import { openPersonal } from "../residents/resident.rows.ts";
import { openProposal } from "./allocation-proposal-seal.ts";
import { findPersonalRows } from "./allocation-run.repository.ts";
import type { TAllocationRun } from "./allocation-run.schema.ts";
import type { AllocationRunRow } from "./allocation-run.table.ts";

export async function presentAllocationRun(
  db: Db,
  row: AllocationRunRow,
  options: { proposal: boolean; stale: boolean },
): Promise<TAllocationRun> {
  let proposal: TAllocationRun["proposal"] = null;
  if (options.proposal && row.proposalEnc) {
    const opened = openProposal(row.id, row.proposalEnc);
    const names = await maskedNames(db, [
      ...opened.assignments.map((a) => a.residentId),
      ...opened.unassigned.map((u) => u.residentId),
    ]);
    const titles = new Map((row.stats?.perWorkItem ?? []).map((w) => [w.workItemId, w.title]));
    proposal = {
      assignments: opened.assignments.map((a) => ({
        ...a,
        residentNameMasked: names.get(a.residentId) ?? null,
        workItemTitle: titles.get(a.workItemId) ?? "",
      })),
      unassigned: opened.unassigned.map((u) => ({
        ...u,
        residentNameMasked: names.get(u.residentId) ?? null,
        workItemTitle: u.workItemId ? (titles.get(u.workItemId) ?? null) : null,
      })),
    };
  }
  return {
    id: row.id,
    cohortId: row.cohortId,
    status: row.status,
    progress: row.progress,
    inputDigest: row.inputDigest,
    options: row.options,
    objective: row.objective,
    optimal: row.optimal,
    bound: row.bound,
    stats: row.stats ?? null,
    error: row.error,
    stale: options.stale,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    confirmation: row.confirmation ?? null,
    proposal,
  };
}

/** Resident id → masked name, in one query. */
async function maskedNames(db: Db, residentIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(residentIds)];
  if (ids.length === 0) return new Map();
  const rows = await findPersonalRows(db, ids);
  return new Map(rows.map((r) => [r.residentId, maskName(openPersonal(r.residentId, r).name)]));
}
