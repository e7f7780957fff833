import { createHmac } from "node:crypto";

/**
 * The e-mail address typed at a failed sign-in may be somebody else's (a typo, or an attacker
 * trying addresses), so the audit log never keeps it in the clear: only a masked form for a
 * person reading the log, and a keyed fingerprint to tell repeated attempts on one address apart.
 */

/** Addresses are compared as better-auth looks them up: trimmed, lower-case. */
export function normalizeAddress(typed: string): string {
  return typed.trim().toLowerCase();
}

/**
 * The first character, a fixed mask (so the length is not told) and the domain:
 * "officer.11620@demo.maeul.kr" → "o***@demo.maeul.kr". Something that is not an address keeps
 * its first character only.
 */
export function maskAddress(typed: string): string {
  const value = normalizeAddress(typed);
  const at = value.lastIndexOf("@");
  const first = Array.from(value)[0] ?? "";
  if (at <= 0) return first ? `${first}***` : "";
  return `${first}***@${value.slice(at + 1).slice(0, 100)}`;
}

/**
 * HMAC-SHA-256 of the normalised address under the server's secret, 32 hex digits. Unlike a
 * plain hash, it cannot be reversed by hashing a list of likely addresses without the secret;
 * whoever holds the secret can check whether one address was tried.
 */
export function addressFingerprint(secret: string, typed: string): string {
  return createHmac("sha256", secret)
    .update(`sign-in-address\n${normalizeAddress(typed)}`, "utf8")
    .digest("hex")
    .slice(0, 32);
}
