import { decryptField, encryptField, type Keyring } from "../privacy/domain/field-envelope.ts";
import { fieldKeys } from "../privacy/field-keys.ts";
import type { TApplicationFacts } from "./cohort.schema.ts";

/**
 * The facts an applicant declares (birth date, household income, benefits …) are personal
 * data: sealed as one JSON envelope bound to the application row, like residents' personal
 * fields (src/privacy), and listed in ENCRYPTED_TABLES for key rotation.
 */
export const APPLICATION_FACTS_ENCRYPTION = {
  table: "cohort_applications",
  idColumn: "id",
  columns: { facts: "facts_enc" },
} as const;

const at = (applicationId: string) => ({
  table: APPLICATION_FACTS_ENCRYPTION.table,
  column: APPLICATION_FACTS_ENCRYPTION.columns.facts,
  rowId: applicationId,
});

export function sealFacts(
  applicationId: string,
  facts: TApplicationFacts,
  keyring: Keyring = fieldKeys(),
): string {
  return encryptField(JSON.stringify(facts), keyring.current, at(applicationId));
}

export function openFacts(
  applicationId: string,
  envelope: string,
  keyring: Keyring = fieldKeys(),
): TApplicationFacts {
  return JSON.parse(decryptField(envelope, keyring, at(applicationId))) as TApplicationFacts;
}
