import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import { chunks, excludedColumns } from "../db/upsert.ts";
import { regionStatistics, regions } from "./region.table.ts";
import { loadRegionDataset } from "./source-data/load-region-dataset.ts";

/** Bump when the region files or their joins change, so that existing databases reload them. */
export const REGION_DATA_VERSION = "2025-04.2";
const META_KEY = "seed.regions";

/**
 * Loads the 17 시도 and 250 시군구 with their figures, in one transaction, unless this version is
 * already loaded. Re-running replaces the figures in place (upsert), so it is safe to repeat.
 */
export async function seedRegions(db: Db, log: (line: string) => void = () => {}): Promise<boolean> {
  if ((await readMeta<{ version: string }>(db, META_KEY))?.version === REGION_DATA_VERSION) return false;
  const dataset = loadRegionDataset();
  await db.transaction(async (tx) => {
    for (const batch of chunks(dataset.regions, 25)) {
      await tx
        .insert(regions)
        .values(batch)
        .onConflictDoUpdate({ target: regions.code, set: excludedColumns(Object.keys(batch[0]!)) });
    }
    for (const batch of chunks(dataset.statistics, 50)) {
      await tx
        .insert(regionStatistics)
        .values(batch)
        .onConflictDoUpdate({
          target: regionStatistics.regionCode,
          set: excludedColumns(Object.keys(batch[0]!)),
        });
    }
    await writeMeta(tx as unknown as Db, META_KEY, { version: REGION_DATA_VERSION });
  });
  log(
    `regions: ${dataset.regions.length} loaded (${dataset.gaps.length} figures unavailable: ${dataset.gaps.join("; ") || "none"})`,
  );
  return true;
}
