import type { Db } from "../db/client.ts";
import {
  aggregatePlatformDemand,
  deleteObservations,
  upsertObservations,
} from "./demand-observation.repository.ts";

export interface PlatformDemandResult {
  rows: number;
  regions: number;
}

/**
 * Recomputes the platform's own demand observations (source "platform") from its work items, in
 * one transaction: the old platform rows of these districts (or all) go, the fresh aggregate
 * comes in. Run by the demo seed and by `maeul forecast aggregate` (e.g. nightly).
 */
export async function refreshPlatformDemand(
  db: Db,
  options: { today: string; regions?: readonly string[] },
): Promise<PlatformDemandResult> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const rows = await aggregatePlatformDemand(t, options.today, options.regions);
    await deleteObservations(t, "platform", options.regions);
    await upsertObservations(t, "platform", rows);
    return { rows: rows.length, regions: new Set(rows.map((r) => r.regionCode)).size };
  });
}
