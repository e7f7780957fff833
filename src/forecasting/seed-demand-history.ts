import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import {
  type DemandObservationRow,
  deleteObservations,
  findRegionFigures,
  upsertObservations,
} from "./demand-observation.repository.ts";
import { demandProfileFromFigures } from "./domain/demand-profile.ts";
import { DEMO_HISTORY_VERSION, generateDemoHistory } from "./domain/demo-history.ts";

const META_KEY = "seed.demand_history";

export interface SeedDemandHistoryOptions {
  /** Only these 시군구 (tests); default every 시군구, recorded in app_meta so that a restart skips it. */
  regions?: readonly string[];
  log?: (line: string) => void;
}

/**
 * Stores the SYNTHETIC demo demand history (2021-01..2026-10, 시군구 × category, source
 * "synthetic") generated from each district's real demographics. For every district this is
 * ~157,000 rows written in one transaction of a few bulk statements; skipped when this generator
 * version is already stored. Existing synthetic rows are replaced, other sources are untouched.
 */
export async function seedDemandHistory(db: Db, options: SeedDemandHistoryOptions = {}): Promise<boolean> {
  const log = options.log ?? (() => {});
  const all = options.regions === undefined;
  if (all && (await readMeta<{ version: string }>(db, META_KEY))?.version === DEMO_HISTORY_VERSION)
    return false;
  const started = performance.now();
  const figures = await findRegionFigures(db, options.regions);
  const rows: DemandObservationRow[] = [];
  for (const figure of figures) {
    for (const series of generateDemoHistory(demandProfileFromFigures(figure))) {
      for (const month of series.months) {
        rows.push({
          regionCode: series.regionCode,
          category: series.category,
          period: `${month.period}-01`,
          hoursRequested: month.hoursRequested,
          itemsPosted: month.itemsPosted,
          itemsFilled: month.itemsFilled,
          unmetRequests: month.unmetRequests,
          synthetic: true,
        });
      }
    }
  }
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await deleteObservations(t, "synthetic", all ? undefined : options.regions);
    await upsertObservations(t, "synthetic", rows, { replace: false });
    if (all) await writeMeta(t, META_KEY, { version: DEMO_HISTORY_VERSION, regions: figures.length });
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `demand history (synthetic): ${figures.length} districts, ${rows.length} monthly observations in ${seconds} s`,
  );
  return true;
}
