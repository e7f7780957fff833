import { and, eq, inArray } from "drizzle-orm";
import { sealFacts } from "../cohorts/application-facts.ts";
import { cohortApplications } from "../cohorts/cohort.table.ts";
import type { Db } from "../db/client.ts";
import { residentPersonalData, residents } from "./resident.table.ts";

/**
 * Erases a resident at their request (PIPA art. 21 파기, art. 36 삭제): the personal row (name,
 * phone, address, notes: encrypted, but deleted outright rather than left as ciphertext a key
 * could still open) goes, and the matching row is closed and stripped to a stub that names and
 * locates nobody: 시군구, birth year, desired hours and travel distance, when it was registered
 * and withdrawn. The stub keeps the ids in the audit log and the consent history pointing at a
 * record that says "withdrawn", and other tables' references valid.
 *
 * Returns the personal fields that held a value (names only, for the audit entry).
 */
export async function eraseResident(db: Db, id: string, now: Date): Promise<string[]> {
  const [personal] = await db
    .delete(residentPersonalData)
    .where(eq(residentPersonalData.residentId, id))
    .returning();
  await db
    .update(residents)
    .set({
      status: "withdrawn",
      approxLat: null,
      approxLng: null,
      groups: [],
      availability: [],
      remotePreference: "no",
      skills: [],
      certificates: [],
      interests: [],
      updatedAt: now,
    })
    .where(eq(residents.id, id));
  await eraseApplicationFacts(db, id, now);
  if (!personal) return [];
  const fields = {
    name: personal.nameEnc,
    phone: personal.phoneEnc,
    address: personal.addressEnc,
    notes: personal.notesEnc,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([field]) => field)
    .sort();
}

/**
 * The facts declared in cohort applications (income, household, benefits) are erased too: each
 * envelope is replaced by a sealed empty object, and applications still undecided or waiting are
 * withdrawn. A placement stays as a record of the participation (the 직접일자리 repeat limits look
 * three years back), without the facts.
 */
async function eraseApplicationFacts(db: Db, residentId: string, now: Date): Promise<void> {
  const apps = await db
    .select({ id: cohortApplications.id })
    .from(cohortApplications)
    .where(eq(cohortApplications.residentId, residentId));
  for (const app of apps) {
    await db
      .update(cohortApplications)
      .set({ factsEnc: sealFacts(app.id, {} as never), updatedAt: now })
      .where(eq(cohortApplications.id, app.id));
  }
  await db
    .update(cohortApplications)
    .set({ status: "withdrawn", waitlistPosition: null, updatedAt: now })
    .where(
      and(
        eq(cohortApplications.residentId, residentId),
        inArray(cohortApplications.status, [
          "applied",
          "needs_document",
          "eligible",
          "ineligible",
          "waitlisted",
          "selected",
        ]),
      ),
    );
}
