import { type DemoRegion, toDemoRegion } from "../../src/demo/domain/demo-region.ts";
import { loadRegionDataset, type RegionDataset } from "../../src/regions/source-data/load-region-dataset.ts";

let dataset: RegionDataset | undefined;

/** The real 시군구 from data/regions, in the shape the demo generators take (no database needed). */
export function realDemoRegion(code: string): DemoRegion {
  dataset ??= loadRegionDataset();
  const region = dataset.regions.find((r) => r.code === code);
  const statistics = dataset.statistics.find((s) => s.regionCode === code);
  if (!region || !statistics) throw new Error(`no region ${code} in data/regions`);
  return toDemoRegion(region, statistics);
}

export function allSigunguCodes(): string[] {
  dataset ??= loadRegionDataset();
  return dataset.regions.filter((r) => r.level === "sigungu").map((r) => r.code);
}
