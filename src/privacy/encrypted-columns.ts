import { ALLOCATION_PROPOSAL_ENCRYPTION } from "../allocation-runs/allocation-proposal-seal.ts";
import { APPLICATION_FACTS_ENCRYPTION } from "../cohorts/application-facts.ts";
import { PERSONAL_DATA_ENCRYPTION } from "../residents/resident.rows.ts";

/**
 * Every encrypted column, for the work that walks them all: key rotation, the key status report
 * and the start-up step that encrypts plaintext left by an older release. A domain that adds an
 * encrypted column adds it here.
 */
export interface EncryptedTable {
  table: string;
  /** The row id the values' associated data names. */
  idColumn: string;
  columns: readonly string[];
}

export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [
  {
    table: PERSONAL_DATA_ENCRYPTION.table,
    idColumn: PERSONAL_DATA_ENCRYPTION.idColumn,
    columns: Object.values(PERSONAL_DATA_ENCRYPTION.columns),
  },
  {
    table: APPLICATION_FACTS_ENCRYPTION.table,
    idColumn: APPLICATION_FACTS_ENCRYPTION.idColumn,
    columns: Object.values(APPLICATION_FACTS_ENCRYPTION.columns),
  },
  {
    table: ALLOCATION_PROPOSAL_ENCRYPTION.table,
    idColumn: ALLOCATION_PROPOSAL_ENCRYPTION.idColumn,
    columns: Object.values(ALLOCATION_PROPOSAL_ENCRYPTION.columns),
  },
];
