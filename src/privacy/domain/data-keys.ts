import { createHash, randomBytes } from "node:crypto";
import { type DataKey, KEY_BYTES, KEY_ID_PATTERN } from "./field-envelope.ts";

/**
 * Data keys as configured: `MAEUL_DATA_KEY` holds one key or several for rotation,
 *
 *     <base64 of 32 bytes>                          one key, its id derived from the key
 *     <keyId>:<base64>,<keyId>:<base64>,…           the first is current, the rest still open
 *
 * A key without an id gets `k` + the first 8 hex digits of its SHA-256: stable across restarts
 * and machines, and saying nothing useful about the key.
 */
export function parseDataKeyList(value: string): DataKey[] {
  const entries = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error("MAEUL_DATA_KEY is empty");
  return entries.map((entry, index) => {
    const colon = entry.indexOf(":");
    const id = colon === -1 ? null : entry.slice(0, colon);
    const encoded = colon === -1 ? entry : entry.slice(colon + 1);
    const where = `MAEUL_DATA_KEY entry ${index + 1}`;
    if (id !== null && !KEY_ID_PATTERN.test(id)) {
      throw new Error(`${where}: the key id must be 1 to 32 letters, digits, "-" or "_"`);
    }
    const key = decodeKey(encoded, where);
    return { id: id ?? derivedKeyId(key), key };
  });
}

function decodeKey(encoded: string, where: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new Error(`${where}: the key is not base64`);
  const key = Buffer.from(encoded, "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(`${where}: the key must be ${KEY_BYTES} bytes (44 base64 characters), not ${key.length}`);
  }
  return key;
}

export function derivedKeyId(key: Buffer): string {
  return `k${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
}

/** A new random key; its id is the date and a random suffix, so rotations sort by age. */
export function generateDataKey(now: Date = new Date()): DataKey {
  const key = randomBytes(KEY_BYTES);
  const date = now.toISOString().slice(0, 10).replaceAll("-", "");
  return { id: `k${date}-${randomBytes(3).toString("hex")}`, key };
}

/** The MAEUL_DATA_KEY line for the given keys (first is current). */
export function formatDataKeyList(keys: readonly DataKey[]): string {
  return keys.map((k) => `${k.id}:${k.key.toString("base64")}`).join(",");
}
