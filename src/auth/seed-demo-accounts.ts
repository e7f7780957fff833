import { hashPassword } from "better-auth/crypto";
import type { Db } from "../db/client.ts";
import { chunks } from "../db/upsert.ts";
import { type DemoAccountSpec, demoAccountSpecs, demoPassword } from "./domain/demo-accounts.ts";
import {
  districtNames,
  findExistingEmails,
  firstSyntheticRecords,
  insertUserWithPassword,
} from "./user.repository.ts";

export interface SeedDemoAccountsResult {
  created: number;
  existing: number;
  /** Accounts left out because their district has no synthetic resident or institution. */
  skipped: string[];
}

/**
 * The demo accounts of these districts (src/auth/domain/demo-accounts.ts): only the missing ones
 * are created, so running it again adds nothing. Passwords are public (derived from a constant)
 * and the accounts are marked demo. Hashing (scrypt, ~0.1 s each) runs a few at a time.
 */
export async function seedDemoAccounts(
  db: Db,
  districtCodes: readonly string[],
  options: { log?: (line: string) => void } = {},
): Promise<SeedDemoAccountsResult> {
  const log = options.log ?? (() => {});
  const districts = await districtNames(db, districtCodes);
  const specs = demoAccountSpecs(districts);
  const existing = await findExistingEmails(
    db,
    specs.map((s) => s.email),
  );
  const todo = specs.filter((s) => !existing.has(s.email));
  const links = await firstSyntheticRecords(db, [
    ...new Set(todo.flatMap((s) => (s.link && s.districtCode ? [s.districtCode] : []))),
  ]);
  const skipped: string[] = [];
  const ready: { spec: DemoAccountSpec; residentId: string | null; organizationId: string | null }[] = [];
  for (const spec of todo) {
    const found = spec.districtCode ? links.get(spec.districtCode) : undefined;
    const residentId = spec.link === "resident" ? (found?.residentId ?? null) : null;
    const organizationId = spec.link === "organization" ? (found?.organizationId ?? null) : null;
    if ((spec.link === "resident" && !residentId) || (spec.link === "organization" && !organizationId)) {
      skipped.push(spec.email);
      continue;
    }
    ready.push({ spec, residentId, organizationId });
  }
  for (const batch of chunks(ready, 4)) {
    const hashes = await Promise.all(batch.map(({ spec }) => hashPassword(demoPassword(spec.email))));
    for (const [i, { spec, residentId, organizationId }] of batch.entries()) {
      await insertUserWithPassword(
        db,
        {
          email: spec.email,
          name: spec.name,
          role: spec.role,
          regionCode: spec.regionCode,
          residentId,
          organizationId,
          demo: true,
          emailVerified: true,
        },
        hashes[i]!,
      );
    }
  }
  if (ready.length > 0 || skipped.length > 0) {
    log(
      `demo accounts: ${ready.length} created, ${existing.size} already there${skipped.length ? `, ${skipped.length} skipped (no synthetic record)` : ""}; list them with \`npx maeul demo accounts\` (public demo passwords)`,
    );
  }
  return { created: ready.length, existing: existing.size, skipped };
}
