import type { Scope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { blindIndexCandidates } from "../privacy/domain/blind-index.ts";
import { fieldKeys } from "../privacy/field-keys.ts";
import { lookupName } from "./domain/lookup-keys.ts";
import { loggedRegion } from "./list-residents.ts";
import { findByLookup, type ResidentRow } from "./resident.repository.ts";
import type { TResidentLookupQuery } from "./resident-lookup.schema.ts";

/** More matches than this and the officer is asked for the phone's last digits or the birth year. */
export const LOOKUP_LIMIT = 20;

/**
 * 방문 주민 찾기: an officer at the 동주민센터 finds the person in front of them by name (and the
 * phone's last four digits, and birth year), without the server decrypting anyone's name: the
 * typed values become blind indexes (decision 0010) and are compared with the stored ones. The
 * search is one `list` entry in the audit log: who searched, with which kinds of criteria (never
 * their values), and which residents were shown.
 */
export async function lookupResidentsLogged(
  db: Db,
  query: TResidentLookupQuery,
  scope: Scope,
  actor: AuditActor,
  now: Date,
): Promise<{ rows: ResidentRow[]; more: boolean }> {
  const keyring = fieldKeys();
  const name = lookupName(query.name);
  const rows =
    name === null
      ? []
      : await findByLookup(
          db,
          {
            names: blindIndexCandidates(keyring, "name", name),
            phones: query.phoneLast4
              ? blindIndexCandidates(keyring, "phone_last4", query.phoneLast4)
              : undefined,
            birthYear: query.birthYear,
            region: query.region,
          },
          scope,
          LOOKUP_LIMIT + 1,
        );
  const more = rows.length > LOOKUP_LIMIT;
  const shown = rows.slice(0, LOOKUP_LIMIT);
  await recordAudit(db, actor, {
    action: "list",
    subjectType: "resident",
    subjectId: null,
    regionCode: loggedRegion(query.region, scope),
    at: now,
    details: {
      lookup: "walk_in",
      criteria: [
        "name",
        ...(query.phoneLast4 ? ["phoneLast4"] : []),
        ...(query.birthYear ? ["birthYear"] : []),
      ],
      ...(query.region ? { region: query.region } : {}),
      count: shown.length,
      more,
      residentIds: shown.map((r) => r.resident.id),
    },
  });
  return { rows: shown, more };
}
