import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { SYSTEM_ACTOR } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sealFacts } from "../cohorts/application-facts.ts";
import { cohortApplications, cohorts, cohortWorkItems } from "../cohorts/cohort.table.ts";
import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import { residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { generateDemoCohort } from "./domain/generate-demo-cohort.ts";

const META = "seed.demo_cohort.";

/**
 * A recruiting demo cohort with synthetic applications in each demo district, so that an officer
 * can take it through screening, selection and placement. Once per district; marked [데모].
 */
export async function seedDemoCohorts(
  db: Db,
  regionCodes: readonly string[],
  log: (line: string) => void = () => {},
) {
  let seeded = 0;
  for (const regionCode of regionCodes) {
    if (await readMeta(db, `${META}${regionCode}`)) continue;
    const people = await db
      .select({ id: residents.id, birthYear: residents.birthYear, groups: residents.groups })
      .from(residents)
      .where(
        and(
          eq(residents.regionCode, regionCode),
          eq(residents.synthetic, true),
          eq(residents.status, "active"),
        ),
      )
      .orderBy(residents.id)
      .limit(200);
    if (people.length === 0) continue;
    const cohort = generateDemoCohort(regionCode, people);
    const items = await db
      .select({ id: workItems.id })
      .from(workItems)
      .where(
        and(
          eq(workItems.regionCode, regionCode),
          eq(workItems.status, "open"),
          inArray(workItems.kind, ["medium_term", "seasonal"]),
        ),
      )
      .orderBy(workItems.id)
      .limit(2);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cohorts)
        .values({ ...cohort, regionCode, status: "recruiting" })
        .returning({ id: cohorts.id });
      const id = row!.id;
      if (items.length > 0)
        await tx
          .insert(cohortWorkItems)
          .values(items.map((i) => ({ cohortId: id, workItemId: i.id, slots: 5 })));
      if (cohort.applications.length > 0) {
        await tx.insert(cohortApplications).values(
          cohort.applications.map((a) => {
            const applicationId = randomUUID();
            return {
              id: applicationId,
              cohortId: id,
              residentId: a.residentId,
              channel: a.channel,
              factsEnc: sealFacts(applicationId, a.facts),
            };
          }),
        );
      }
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: "create",
        subjectType: "cohort",
        subjectId: id,
        regionCode,
        details: { synthetic: true, applications: cohort.applications.length },
      });
      await writeMeta(tx, `${META}${regionCode}`, { cohortId: id });
    });
    seeded++;
  }
  if (seeded > 0) log(`demo cohorts: ${seeded} recruiting cohorts with synthetic applications`);
}
