import { appendAudit } from "../audit/audit.repository.ts";
import { SYSTEM_ACTOR } from "../audit/domain/audit-vocabulary.ts";
import type { AppConfig } from "../config.ts";
import type { Db } from "../db/client.ts";
import { lookupKeyUsage, refreshResidentLookups } from "../residents/resident-lookups.step.ts";
import { generateDataKey } from "./domain/data-keys.ts";
import { type Keyring, makeKeyring } from "./domain/field-envelope.ts";
import { loadKeyring, setFieldKeys } from "./field-keys.ts";
import { keyFilePath, readKeyFile, writeKeyFile } from "./key-file.ts";
import { type KeyUsage, keyUsage, type ReencryptCounts, reencryptAll } from "./reencrypt.ts";

type KeyConfig = Pick<AppConfig, "databaseUrl" | "dataDir" | "dataKey">;

export interface RotationResult {
  source: "env" | "file";
  currentKeyId: string;
  /** The key made by this run (key file only). */
  generatedKeyId: string | null;
  /** True when an earlier, interrupted rotation was finished instead of starting a new one. */
  resumed: boolean;
  counts: ReencryptCounts[];
  /** Known keys that no stored value uses any more: they can be removed. */
  unusedKeyIds: string[];
}

/**
 * `maeul keys rotate`. With the key file: makes a new current key (kept first in keys.json, the
 * older ones after it) and re-encrypts every value with it. With MAEUL_DATA_KEY: the operator
 * has put the new key first; this re-encrypts every value with it. Either way, when values are
 * still under an older key (a rotation that was interrupted), it finishes that one first rather
 * than making yet another key. Safe to run again at any point.
 */
export async function rotateDataKeys(
  db: Db,
  config: KeyConfig,
  options: { batchSize?: number; log?: (line: string) => void; now?: Date } = {},
): Promise<RotationResult> {
  const now = options.now ?? new Date();
  const loaded = loadKeyring(config);
  let keyring = loaded.keyring;
  let generatedKeyId: string | null = null;
  const unfinished = (await keyUsage(db)).some((u) => u.keyId !== keyring.current.id);
  if (loaded.source.kind === "file" && !unfinished) {
    const file = readKeyFile(keyFilePath(config.dataDir));
    const fresh = generateDataKey(now);
    const keys = [fresh, ...file.keys];
    writeKeyFile(config.dataDir, keys, new Map([...file.createdAt, [fresh.id, now.toISOString()]]));
    keyring = makeKeyring(keys);
    generatedKeyId = fresh.id;
    options.log?.(`new key ${fresh.id} written to ${keyFilePath(config.dataDir)}`);
  }
  setFieldKeys(keyring);
  const counts = await reencryptAll(db, keyring, { batchSize: options.batchSize, log: options.log });
  // The walk-in lookup's blind indexes follow the current key too (decision 0010).
  const lookups = await refreshResidentLookups(db, keyring, {
    force: true,
    batchSize: options.batchSize,
    log: options.log,
    now,
  });
  const unusedKeyIds = unusedKeys(keyring, await keysInUse(db));
  await appendAudit(db, {
    at: now,
    actorUserId: SYSTEM_ACTOR.userId,
    actorRole: SYSTEM_ACTOR.role,
    action: "key_rotate",
    subjectType: "data_keys",
    subjectId: keyring.current.id,
    details: {
      source: loaded.source.kind,
      generatedKeyId,
      resumed: unfinished,
      counts,
      lookupsRefreshed: lookups.refreshed,
      unusedKeyIds,
    },
  });
  return {
    source: loaded.source.kind,
    currentKeyId: keyring.current.id,
    generatedKeyId,
    resumed: unfinished && generatedKeyId === null && loaded.source.kind === "file",
    counts,
    unusedKeyIds,
  };
}

/** Key ids still needed: by encrypted values, and by blind indexes (which only the key that made them can match). */
async function keysInUse(db: Db): Promise<Pick<KeyUsage, "keyId">[]> {
  return [...(await keyUsage(db)), ...(await lookupKeyUsage(db))];
}

export function unusedKeys(keyring: Keyring, usage: readonly Pick<KeyUsage, "keyId">[]): string[] {
  const used = new Set(usage.map((u) => u.keyId));
  return [...keyring.byId.keys()].filter((id) => id !== keyring.current.id && !used.has(id));
}

/**
 * `maeul keys prune`: removes from the key file the keys no stored value uses (never the
 * current one). With MAEUL_DATA_KEY the operator edits the variable instead.
 */
export async function pruneUnusedKeys(
  db: Db,
  config: KeyConfig,
): Promise<{ removed: string[]; kept: string[] }> {
  const loaded = loadKeyring(config);
  if (loaded.source.kind !== "file") {
    throw new Error(
      "The keys come from MAEUL_DATA_KEY: remove the unused ones from the variable (see `maeul keys status`).",
    );
  }
  const removed = unusedKeys(loaded.keyring, await keysInUse(db));
  const file = readKeyFile(keyFilePath(config.dataDir));
  const kept = file.keys.filter((k) => !removed.includes(k.id));
  if (removed.length > 0) {
    writeKeyFile(config.dataDir, kept, file.createdAt);
    setFieldKeys(makeKeyring(kept));
  }
  return { removed, kept: kept.map((k) => k.id) };
}
