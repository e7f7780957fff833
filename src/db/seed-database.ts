import { seedPrograms, seedSeniorJobProjects } from "../programs/seed-programs.ts";
import { findSigunguCodes } from "../regions/region.repository.ts";
import { seedRegions } from "../regions/seed-regions.ts";
import { AppError } from "../shared/errors.ts";
import { PILOT_DISTRICT_CODES } from "../demo/pilot-districts.ts";
import type { Db } from "./client.ts";

export interface SeedOptions {
  /** "pilot" (the ten pilot districts), "all" (every 시군구) or a list of 시군구 codes. */
  regions: "pilot" | "all" | string[];
  /** Generate the synthetic demo population (residents, organizations, work items). */
  demo: boolean;
  log?: (line: string) => void;
}

/**
 * Loads the real data (regions, programs, 2022 senior-job projects) and, for the chosen
 * districts, the synthetic demo population. Every step is idempotent, so running it again only
 * adds what is missing.
 */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<{ demoRegions: string[] }> {
  const log = options.log ?? (() => {});
  await seedRegions(db, log);
  await seedPrograms(db);
  await seedSeniorJobProjects(db, log);
  const known = await findSigunguCodes(db);
  const demoRegions = resolveDemoRegions(options.regions, known);
  return { demoRegions };
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
