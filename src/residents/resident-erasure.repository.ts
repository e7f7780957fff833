import { eq } from "drizzle-orm";
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
