import { loadRegionDataset } from "../regions/source-data/load-region-dataset.ts";
import { type DemandProfile, demandProfileFromFigures } from "./domain/demand-profile.ts";
import { type DemoSeries, generateDemoHistory } from "./domain/demo-history.ts";

/**
 * The demand profiles of every 시군구 straight from the real data files (no database), and the
 * synthetic demo history generated from them: what the forecast bench and the backtest of the
 * CLI use when they run without a database. Reading the files takes about a second.
 */
export function loadDemandProfilesFromFiles(): DemandProfile[] {
  return loadRegionDataset()
    .statistics.filter((s) => s.regionCode.length === 5)
    .map(demandProfileFromFigures);
}

export function loadDemoHistoryFromFiles(): DemoSeries[] {
  return loadDemandProfilesFromFiles().flatMap((profile) => generateDemoHistory(profile));
}
