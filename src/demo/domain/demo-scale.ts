/**
 * How much demo population a district gets. The ten pilot districts (and districts named on the
 * command line) get the standard set, enough to try matching for real; `--regions all` gives the
 * other 240 a compact set so that the whole country seeds in well under a minute.
 */
export interface DemoScale {
  name: "standard" | "compact";
  /** One synthetic resident per this many registered inhabitants… */
  inhabitantsPerResident: number;
  /** …but never fewer or more than these. */
  minResidents: number;
  maxResidents: number;
  /** Only the core institutions (구청, 복지관, 보건소, a school…) or the full mix. */
  organizations: "core" | "full";
  /** Work items per institution, relative to the standard mix. */
  workItemFactor: number;
}

export const STANDARD_SCALE: DemoScale = {
  name: "standard",
  inhabitantsPerResident: 1200,
  minResidents: 120,
  maxResidents: 400,
  organizations: "full",
  workItemFactor: 1,
};

export const COMPACT_SCALE: DemoScale = {
  name: "compact",
  inhabitantsPerResident: 8000,
  minResidents: 20,
  maxResidents: 80,
  organizations: "core",
  workItemFactor: 0.4,
};

export function residentCount(population: number, scale: DemoScale): number {
  const proportional = Math.round(population / scale.inhabitantsPerResident);
  return Math.min(scale.maxResidents, Math.max(scale.minResidents, proportional));
}
