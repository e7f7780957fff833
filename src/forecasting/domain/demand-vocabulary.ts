/**
 * Where a demand observation comes from:
 * - platform: aggregated from the platform's own work items (region × category × month);
 * - import: a district's own records, imported from CSV/XLSX by an officer;
 * - synthetic: the generated demo history (never observed; see demo-history.ts).
 * When a series exists in several sources, the service prefers import, then platform, then
 * synthetic (SOURCE_PREFERENCE).
 */
export const DEMAND_SOURCES = ["platform", "import", "synthetic"] as const;
export type DemandSource = (typeof DEMAND_SOURCES)[number];

export const SOURCE_PREFERENCE: readonly DemandSource[] = ["import", "platform", "synthetic"];
