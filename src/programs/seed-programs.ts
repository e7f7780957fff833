import { eq, sql } from "drizzle-orm";
import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import { chunks, excludedColumns } from "../db/upsert.ts";
import { findSigunguCodes } from "../regions/region.repository.ts";
import { PROGRAM_CATALOGUE } from "./domain/program-catalogue.ts";
import { programs } from "./program.table.ts";
import { medianIncomes, programRuleSets } from "./program-rule.table.ts";
import { loadRulesData } from "./rules-data.ts";
import { seniorJobProjects } from "./senior-job-project.table.ts";
import { loadSeniorJobProjects } from "./source-data/senior-job-projects.ts";

/** The program rows (names only for now); safe to repeat. */
export async function seedPrograms(db: Db): Promise<void> {
  await db
    .insert(programs)
    .values([...PROGRAM_CATALOGUE])
    .onConflictDoUpdate({
      target: programs.code,
      set: excludedColumns(["nameKo", "nameEn", "ministryKo", "ministryEn", "summaryKo", "summaryEn"]),
    });
}

const SENIOR_JOBS_VERSION = "2022.1";
const META_KEY = "seed.senior_job_projects";

/** The real 2022 노인일자리 projects, loaded once per data version in one transaction. Needs regions. */
export async function seedSeniorJobProjects(
  db: Db,
  log: (line: string) => void = () => {},
): Promise<boolean> {
  if ((await readMeta<{ version: string }>(db, META_KEY))?.version === SENIOR_JOBS_VERSION) return false;
  const { projects, skipped } = loadSeniorJobProjects(await findSigunguCodes(db));
  await db.transaction(async (tx) => {
    await tx.delete(seniorJobProjects);
    for (const batch of chunks(projects, 500)) await tx.insert(seniorJobProjects).values(batch);
    await writeMeta(tx as unknown as Db, META_KEY, { version: SENIOR_JOBS_VERSION });
  });
  log(
    `senior job projects 2022: ${projects.length} loaded (skipped ${skipped.deleted} deleted, ${skipped.notApproved} not approved, ${skipped.unknownRegion} with unknown region)`,
  );
  return true;
}

const RULES_META_KEY = "seed.program_rules";

/**
 * The program rules and 기준중위소득 tables from data/program-rules/, loaded when the files
 * change (their digest is the version). National sets and seeded overrides are replaced; an
 * override an officer has edited (origin "officer") is never overwritten by a data update.
 */
export async function seedProgramRules(db: Db, log: (line: string) => void = () => {}): Promise<boolean> {
  const data = loadRulesData();
  if ((await readMeta<{ version: string }>(db, RULES_META_KEY))?.version === data.version) return false;
  await db.transaction(async (tx) => {
    for (const table of data.medianIncomes) {
      await tx
        .insert(medianIncomes)
        .values({ year: table.year, table })
        .onConflictDoUpdate({ target: medianIncomes.year, set: { table } });
    }
    const rows = [
      ...data.ruleSets.map((s) => ({
        programCode: s.program,
        year: s.year,
        regionPrefix: "",
        directJob: s.directJob,
        rules: s.rules,
        notesKo: s.notesKo ?? null,
        notesEn: s.notesEn ?? null,
        origin: "seed" as const,
      })),
      ...data.overrides.map((o) => ({
        programCode: o.program,
        year: o.year,
        regionPrefix: o.regionPrefix,
        directJob: null,
        rules: o.rules,
        notesKo: null,
        notesEn: null,
        origin: "seed" as const,
      })),
    ];
    for (const row of rows) {
      await tx
        .insert(programRuleSets)
        .values(row)
        .onConflictDoUpdate({
          target: [programRuleSets.programCode, programRuleSets.year, programRuleSets.regionPrefix],
          set: {
            ...excludedColumns(["directJob", "rules", "notesKo", "notesEn"]),
            version: sql`${programRuleSets.version} + 1`,
            updatedAt: new Date(),
          },
          setWhere: eq(programRuleSets.origin, "seed"),
        });
    }
    await tx.update(programs).set({ rulesStatus: "loaded" });
    await writeMeta(tx as unknown as Db, RULES_META_KEY, { version: data.version });
  });
  log(
    `program rules: ${data.ruleSets.length} rule sets for ${[...new Set(data.ruleSets.map((s) => s.year))].join(", ")}, ${data.overrides.length} regional overrides`,
  );
  return true;
}
