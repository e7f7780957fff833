import { type AppConfig, readConfig } from "../config.ts";
import { generateDataKey, parseDataKeyList } from "./domain/data-keys.ts";
import { type Keyring, makeKeyring } from "./domain/field-envelope.ts";
import { keyFilePath, readOrCreateKeyFile } from "./key-file.ts";

/**
 * Which data keys this process uses, from the configuration:
 * - MAEUL_DATA_KEY when set (a server deployment's secret store puts it there);
 * - otherwise, on embedded PGlite, `<MAEUL_DATA_DIR>/keys.json`, made on first start;
 * - with DATABASE_URL and no MAEUL_DATA_KEY, nothing: the server refuses to start.
 */
export interface LoadedKeyring {
  keyring: Keyring;
  source: { kind: "env" } | { kind: "file"; path: string; created: boolean };
  warnings: string[];
}

export class MissingDataKeyError extends Error {
  constructor() {
    super(
      "DATABASE_URL is set but MAEUL_DATA_KEY is not. A server deployment must manage its own data key " +
        "(personal data is encrypted with it): generate one with `npx maeul keys generate` and set " +
        "MAEUL_DATA_KEY=<keyId>:<base64> from your secret store. Keep it: without it the personal data cannot be read.",
    );
    this.name = "MissingDataKeyError";
  }
}

export function loadKeyring(config: Pick<AppConfig, "databaseUrl" | "dataDir" | "dataKey">): LoadedKeyring {
  if (config.dataKey) {
    return { keyring: makeKeyring(parseDataKeyList(config.dataKey)), source: { kind: "env" }, warnings: [] };
  }
  if (config.databaseUrl) throw new MissingDataKeyError();
  const file = readOrCreateKeyFile(config.dataDir, () => generateDataKey());
  return {
    keyring: makeKeyring(file.keys),
    source: { kind: "file", path: keyFilePath(config.dataDir), created: file.created },
    warnings: file.warnings,
  };
}

let chosen: Keyring | undefined;
const loadedFor = new Map<string, Keyring>();

/** Fixes the keys for this process (the server at start-up, the test helpers, `keys rotate`). */
export function setFieldKeys(keyring: Keyring | undefined): void {
  chosen = keyring;
  loadedFor.clear();
}

/**
 * The keys that seal and open personal fields. Unless fixed by setFieldKeys, they are loaded
 * from the current configuration on first use (the CLI's `db seed`, for instance), once per
 * configuration.
 */
export function fieldKeys(): Keyring {
  if (chosen) return chosen;
  const config = readConfig();
  const signature = JSON.stringify([config.dataKey ?? null, Boolean(config.databaseUrl), config.dataDir]);
  let keyring = loadedFor.get(signature);
  if (!keyring) {
    keyring = loadKeyring(config).keyring;
    loadedFor.set(signature, keyring);
  }
  return keyring;
}
