import { appendAudit } from "../audit/audit.repository.ts";
import { SYSTEM_ACTOR } from "../audit/domain/audit-vocabulary.ts";
import { readMeta, writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import type { Keyring } from "./domain/field-envelope.ts";
import { type ReencryptCounts, reencryptAll } from "./reencrypt.ts";

/**
 * Start-up step for databases from the release before encryption: migration 0003 renamed the
 * personal columns (name → name_enc…) with their plaintext in them; this encrypts whatever is
 * not yet an envelope, in resumable batches, then records itself in app_meta so later starts skip
 * it. New writes are always encrypted, so once is enough.
 */
export const PLAINTEXT_STEP_META_KEY = "privacy.encrypt_plaintext";

export interface PlaintextStepResult {
  /** False when app_meta says the step already ran. */
  ran: boolean;
  encrypted: number;
  counts: ReencryptCounts[];
}

export async function encryptLeftoverPlaintext(
  db: Db,
  keyring: Keyring,
  options: { log?: (line: string) => void; now?: Date } = {},
): Promise<PlaintextStepResult> {
  if (await readMeta(db, PLAINTEXT_STEP_META_KEY)) return { ran: false, encrypted: 0, counts: [] };
  const counts = await reencryptAll(db, keyring, { onlyPlaintext: true, log: options.log });
  const encrypted = counts.reduce((sum, c) => sum + c.encrypted, 0);
  const at = options.now ?? new Date();
  await db.transaction(async (tx) => {
    await writeMeta(tx, PLAINTEXT_STEP_META_KEY, {
      at: at.toISOString(),
      keyId: keyring.current.id,
      encrypted,
    });
    // Last in the transaction: the audit lock is held only until the commit that follows.
    if (encrypted > 0) {
      await appendAudit(tx, {
        at,
        actorUserId: SYSTEM_ACTOR.userId,
        actorRole: SYSTEM_ACTOR.role,
        action: "data_migration",
        subjectType: "encrypted_columns",
        details: { step: PLAINTEXT_STEP_META_KEY, keyId: keyring.current.id, counts },
      });
    }
  });
  if (encrypted > 0)
    options.log?.(`encrypted ${encrypted} personal values left in plaintext by an older release`);
  return { ran: true, encrypted, counts };
}
