import { decryptField, encryptField, type Keyring } from "../privacy/domain/field-envelope.ts";
import { fieldKeys } from "../privacy/field-keys.ts";
import type { TProposal } from "./allocation-run.schema.ts";

/**
 * A run's proposal names applicants with their declared priority groups (disability, low income)
 * and distances from home: personal data, sealed as one JSON envelope bound to the run's row, like
 * applicants' facts, and listed in ENCRYPTED_TABLES for key rotation.
 */
export const ALLOCATION_PROPOSAL_ENCRYPTION = {
  table: "allocation_runs",
  idColumn: "id",
  columns: { proposal: "proposal_enc" },
} as const;

const at = (runId: string) => ({
  table: ALLOCATION_PROPOSAL_ENCRYPTION.table,
  column: ALLOCATION_PROPOSAL_ENCRYPTION.columns.proposal,
  rowId: runId,
});

export function sealProposal(runId: string, proposal: TProposal, keyring: Keyring = fieldKeys()): string {
  return encryptField(JSON.stringify(proposal), keyring.current, at(runId));
}

export function openProposal(runId: string, envelope: string, keyring: Keyring = fieldKeys()): TProposal {
  return JSON.parse(decryptField(envelope, keyring, at(runId))) as TProposal;
}
