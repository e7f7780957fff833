import fs from "node:fs";
import path from "node:path";
import { type DataKey, makeKeyring } from "./domain/field-envelope.ts";

/**
 * The embedded deployment's key file, `<MAEUL_DATA_DIR>/keys.json`: created on first start with
 * mode 0600 (owner only), never committed (.maeul/ is gitignored). The first key is current.
 * It sits beside the database, so it protects a copied database file or a backup taken without
 * it, not a stolen laptop: a server deployment sets MAEUL_DATA_KEY from its secret store instead.
 */
export const KEY_FILE_NAME = "keys.json";

interface KeyFileContent {
  version: 1;
  note: string;
  keys: { id: string; key: string; createdAt: string }[];
}

const NOTE =
  "Maeul data keys (AES-256-GCM). The first is current. Losing this file loses the encrypted personal data; keep a copy apart from database backups.";

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE_NAME);
}

export interface KeyFileKeys {
  keys: DataKey[];
  createdAt: Map<string, string>;
  /** Set when the file was made just now. */
  created: boolean;
  /** Problems worth telling the operator about, e.g. a file others can read. */
  warnings: string[];
}

/** Reads the key file, creating it with one new key when there is none. */
export function readOrCreateKeyFile(dataDir: string, newKey: () => DataKey, now = new Date()): KeyFileKeys {
  const file = keyFilePath(dataDir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const key = newKey();
    const content = serialize([key], new Map([[key.id, now.toISOString()]]));
    try {
      // "wx": never overwrite a key file another process made a moment ago.
      fs.writeFileSync(file, content, { mode: 0o600, flag: "wx" });
      return { keys: [key], createdAt: new Map([[key.id, now.toISOString()]]), created: true, warnings: [] };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return { ...readKeyFile(file), created: false };
}

export function readKeyFile(file: string): Omit<KeyFileKeys, "created"> {
  let parsed: KeyFileContent;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8")) as KeyFileContent;
  } catch (error) {
    throw new Error(`Cannot read the key file ${file}: ${(error as Error).message}`);
  }
  if (parsed?.version !== 1 || !Array.isArray(parsed.keys) || parsed.keys.length === 0) {
    throw new Error(`The key file ${file} is not a Maeul key file (version 1 with at least one key)`);
  }
  const keys = parsed.keys.map((k) => ({ id: String(k.id), key: Buffer.from(String(k.key), "base64") }));
  makeKeyring(keys); // validates ids, lengths and duplicates
  const warnings: string[] = [];
  if (process.platform !== "win32" && (fs.statSync(file).mode & 0o077) !== 0) {
    warnings.push(`${file} can be read by other users; run: chmod 600 ${file}`);
  }
  return { keys, createdAt: new Map(parsed.keys.map((k) => [String(k.id), String(k.createdAt)])), warnings };
}

/** Replaces the key file atomically (write a 0600 file beside it, then rename over). */
export function writeKeyFile(
  dataDir: string,
  keys: readonly DataKey[],
  createdAt: Map<string, string>,
): void {
  makeKeyring(keys);
  const file = keyFilePath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, serialize(keys, createdAt), { mode: 0o600, flag: "w" });
  fs.renameSync(temporary, file);
}

function serialize(keys: readonly DataKey[], createdAt: Map<string, string>): string {
  const content: KeyFileContent = {
    version: 1,
    note: NOTE,
    keys: keys.map((k) => ({
      id: k.id,
      key: k.key.toString("base64"),
      createdAt: createdAt.get(k.id) ?? new Date().toISOString(),
    })),
  };
  return `${JSON.stringify(content, null, 2)}\n`;
}
