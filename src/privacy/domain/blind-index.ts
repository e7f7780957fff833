import { createHmac, hkdfSync } from "node:crypto";
import type { DataKey, Keyring } from "./field-envelope.ts";

/**
 * Blind indexes: equality search over encrypted fields without decrypting every row (decision
 * 0010). The stored value is a keyed fingerprint of the normalised plaintext,
 *
 *     <keyId>:<base64url of the first 16 bytes of HMAC-SHA-256(indexKey, purpose "\n" value)>
 *
 * where indexKey = HKDF-SHA-256(data key, salt "maeul-blind-index", info "v1"): a key of its own,
 * derived from the data key named by keyId, so the AES key itself never touches a MAC and a leak
 * of one fingerprint says nothing about the other key's use. `purpose` ("name", "phone_last4")
 * keeps two fields with the same text ("1234") from sharing a fingerprint. Without the data key
 * a fingerprint cannot be checked against guesses; it still shows which rows share a value (the
 * known cost of any blind index). Pure: no database.
 */
export const BLIND_INDEX_PURPOSES = ["name", "phone_last4"] as const;
export type BlindIndexPurpose = (typeof BLIND_INDEX_PURPOSES)[number];

const SALT = "maeul-blind-index";
const INFO = "v1";
/** 128 bits: collisions are out of reach at any district's size, and the column stays short. */
const FINGERPRINT_BYTES = 16;

const derived = new WeakMap<Buffer, Buffer>();

/** The index key derived from a data key (cached per key object: HKDF is cheap, but not free per row). */
export function blindIndexKey(dataKey: DataKey): Buffer {
  let key = derived.get(dataKey.key);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", dataKey.key, SALT, INFO, 32));
    derived.set(dataKey.key, key);
  }
  return key;
}

/** The fingerprint under one data key. `value` must already be normalised for its purpose. */
export function blindIndex(dataKey: DataKey, purpose: BlindIndexPurpose, value: string): string {
  const mac = createHmac("sha256", blindIndexKey(dataKey))
    .update(`${purpose}\n${value}`, "utf8")
    .digest()
    .subarray(0, FINGERPRINT_BYTES)
    .toString("base64url");
  return `${dataKey.id}:${mac}`;
}

/**
 * The fingerprints to search for: one under every known key, so that rows written before a key
 * rotation (and not yet refreshed) are still found.
 */
export function blindIndexCandidates(keyring: Keyring, purpose: BlindIndexPurpose, value: string): string[] {
  return [...keyring.byId.values()].map((key) => blindIndex(key, purpose, value));
}

/** The key id a stored fingerprint was made with, or null when it is not one. */
export function blindIndexKeyId(stored: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,32}):[A-Za-z0-9_-]{22}$/.exec(stored);
  return match ? match[1]! : null;
}
