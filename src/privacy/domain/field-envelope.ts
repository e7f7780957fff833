import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Field encryption at rest: AES-256-GCM, a fresh random 96-bit IV per value, and the id of the
 * key that sealed it, in one compact text envelope that fits a `text` column:
 *
 *     v1:<keyId>:<iv base64>:<tag base64>:<ciphertext base64>
 *
 * The associated data binds a value to where it is stored (table, column, row id) and to its own
 * header, so a ciphertext copied into another row or column, or relabelled with another key id,
 * fails to decrypt instead of showing someone else's data. Pure: no database, no files.
 */

export const ENVELOPE_VERSION = "v1";
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Key ids: short, printable, no separator (they are stored in every envelope). */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * A whole envelope, for telling ciphertext from plaintext left by an older release. Base64 of
 * 12 bytes is 16 characters without padding; of 16 bytes, 22 characters and "==".
 */
export const ENVELOPE_PATTERN =
  /^v1:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]*={0,2}$/;
/** The same test in PostgreSQL's regular-expression dialect (POSIX ARE), for `~`. */
export const ENVELOPE_SQL_PATTERN =
  "^v1:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]*={0,2}$";

export interface DataKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

/** The keys a process knows: the current one seals, any of them opens. */
export interface Keyring {
  current: DataKey;
  /** Every known key by id, the current one included. */
  byId: ReadonlyMap<string, DataKey>;
}

/** Where a value lives; the associated data of its envelope. */
export interface FieldLocation {
  table: string;
  column: string;
  rowId: string;
}

export class FieldDecryptionError extends Error {
  constructor(
    message: string,
    readonly location: FieldLocation,
  ) {
    super(`${message} (${location.table}.${location.column}, row ${location.rowId})`);
    this.name = "FieldDecryptionError";
  }
}

export function makeKeyring(keys: readonly DataKey[]): Keyring {
  if (keys.length === 0) throw new Error("a keyring needs at least one key");
  const byId = new Map<string, DataKey>();
  for (const k of keys) {
    if (!KEY_ID_PATTERN.test(k.id)) {
      throw new Error(`key id "${k.id}" must be 1 to 32 letters, digits, "-" or "_"`);
    }
    if (k.key.length !== KEY_BYTES) {
      throw new Error(`key "${k.id}" must be ${KEY_BYTES} bytes, not ${k.key.length}`);
    }
    if (byId.has(k.id)) throw new Error(`key id "${k.id}" is given twice`);
    byId.set(k.id, k);
  }
  return { current: keys[0]!, byId };
}

export function isEnvelope(value: string): boolean {
  return ENVELOPE_PATTERN.test(value);
}

/** The key id an envelope was sealed with, or null when the value is not an envelope. */
export function envelopeKeyId(value: string): string | null {
  return isEnvelope(value) ? value.split(":")[1]! : null;
}

function associatedData(header: string, at: FieldLocation): Buffer {
  return Buffer.from(`${header}|${at.table}|${at.column}|${at.rowId}`, "utf8");
}

export function encryptField(plaintext: string, key: DataKey, at: FieldLocation): string {
  const header = `${ENVELOPE_VERSION}:${key.id}`;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(header, at));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${header}:${iv.toString("base64")}:${tag.toString("base64")}:${ciphertext.toString("base64")}`;
}

export function decryptField(envelope: string, keyring: Keyring, at: FieldLocation): string {
  if (!isEnvelope(envelope)) throw new FieldDecryptionError("not an encrypted value", at);
  const [version, keyId, iv, tag, ciphertext] = envelope.split(":") as [
    string,
    string,
    string,
    string,
    string,
  ];
  const key = keyring.byId.get(keyId);
  if (!key) throw new FieldDecryptionError(`sealed with key "${keyId}", which is not configured`, at);
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64"), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(associatedData(`${version}:${keyId}`, at));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new FieldDecryptionError(
      "the value does not authenticate (wrong key, row or column, or altered)",
      at,
    );
  }
}

/** Null stays null (an absent phone is not a secret worth a ciphertext). */
export function encryptNullable(value: string | null | undefined, key: DataKey, at: FieldLocation) {
  return value === null || value === undefined ? null : encryptField(value, key, at);
}

export function decryptNullable(envelope: string | null, keyring: Keyring, at: FieldLocation) {
  return envelope === null ? null : decryptField(envelope, keyring, at);
}
