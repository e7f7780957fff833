import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import { chunks, excludedColumns } from "../db/upsert.ts";
import { findSigunguCodes } from "../regions/region.repository.ts";
import { programs } from "./program.table.ts";
import { PROGRAM_CATALOGUE } from "./program-catalogue.ts";
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
