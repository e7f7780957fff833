import { seedDemoAccounts } from "../auth/seed-demo-accounts.ts";
import { COMPACT_SCALE, type DemoScale, STANDARD_SCALE } from "../demo/domain/demo-scale.ts";
import { PILOT_DISTRICT_CODES } from "../demo/pilot-districts.ts";
import { type SeedDemoResult, seedDemo } from "../demo/seed-demo.ts";
import { seedDemoCohorts } from "../demo/seed-demo-cohorts.ts";
import { refreshPlatformDemand } from "../forecasting/refresh-platform-demand.ts";
import { seedDemandHistory } from "../forecasting/seed-demand-history.ts";
import { seedProgramRules, seedPrograms, seedSeniorJobProjects } from "../programs/seed-programs.ts";
import { findSigunguCodes } from "../regions/region.repository.ts";
import { seedRegions } from "../regions/seed-regions.ts";
import { AppError } from "../shared/errors.ts";
import type { Db } from "./client.ts";

export interface SeedOptions {
  /** "pilot" (the ten pilot districts), "all" (every 시군구) or a list of 시군구 codes. */
  regions: "pilot" | "all" | string[];
  /** Generate the synthetic demo population (residents, organizations, work items). */
  demo: boolean;
  log?: (line: string) => void;
}

export interface SeedResult {
  /** The districts the demo was asked for ([] when demo is false). */
  demoRegions: string[];
  /** What the demo step did, when it ran. */
  demo: SeedDemoResult | null;
}

/**
 * Loads the real data (regions, programs, 2022 senior-job projects) and, for the chosen
 * districts, the synthetic demo population. Every step is idempotent, so running it again only
 * adds what is missing.
 */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  await seedRegions(db, log);
  await seedPrograms(db);
  await seedProgramRules(db, log);
  await seedSeniorJobProjects(db, log);
  const known = await findSigunguCodes(db);
  const demoRegions = resolveDemoRegions(options.regions, known);
  if (!options.demo) return { demoRegions: [], demo: null };
  const demo = await seedDemo(db, demoRegions, { scaleFor: demoScaleFor(options.regions), log });
  await seedDemoCohorts(db, options.regions === "all" ? PILOT_DISTRICT_CODES : demoRegions, log);
  // Demo accounts (public passwords, marked demo) for the demo districts; with "all", the pilot ones.
  await seedDemoAccounts(db, options.regions === "all" ? PILOT_DISTRICT_CODES : demoRegions, { log });
  // The synthetic demand history covers every 시군구 with "pilot" or "all", so that the forecast map
  // has something everywhere; a list of districts (tests, narrow setups) gets theirs only. The
  // platform's own figures follow its work items.
  await seedDemandHistory(db, { log, ...(Array.isArray(options.regions) ? { regions: demoRegions } : {}) });
  if (demo.seeded.length > 0) {
    const platform = await refreshPlatformDemand(db, { today: new Date().toISOString().slice(0, 10) });
    log(
      `demand from platform work items: ${platform.rows} monthly observations in ${platform.regions} districts`,
    );
  }
  return { demoRegions, demo };
}

/**
 * The pilot districts and districts named one by one get the standard demo; with "all", the
 * other 240 get the compact one so that the whole country seeds quickly.
 */
export function demoScaleFor(choice: SeedOptions["regions"]): (code: string) => DemoScale {
  const pilot = new Set(PILOT_DISTRICT_CODES);
  return (code) => (choice === "all" && !pilot.has(code) ? COMPACT_SCALE : STANDARD_SCALE);
}

export function resolveDemoRegions(choice: SeedOptions["regions"], known: Set<string>): string[] {
  if (choice === "pilot") return PILOT_DISTRICT_CODES;
  if (choice === "all") return [...known].sort();
  const unknown = choice.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new AppError("bad_request", {
      ko: `알 수 없는 시군구 코드입니다: ${unknown.join(", ")}`,
      en: `Unknown 시군구 codes: ${unknown.join(", ")}`,
    });
  }
  return choice;
}
