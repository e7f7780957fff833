import { createHash } from "node:crypto";

/**
 * The audit log's hash chain: each row's hash is SHA-256 over the previous row's hash and a
 * canonical JSON of the row itself, so changing, removing or reordering any row changes every
 * hash after it. Pure: the repository stores the result, verifyAuditChain recomputes it.
 */

/** The hash the first row points back to. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields a row's hash covers: everything but the hashes themselves. */
export interface AuditHashedFields {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorRole: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  regionCode: string | null;
  ip: string | null;
  userAgent: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

export function auditRowHash(prevHash: string, row: AuditHashedFields): string {
  const content = canonicalJson({
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorRole: row.actorRole,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    regionCode: row.regionCode,
    ip: row.ip,
    userAgent: row.userAgent,
    reason: row.reason,
    details: row.details,
  });
  return createHash("sha256").update(`${prevHash}\n${content}`, "utf8").digest("hex");
}

/**
 * JSON with object keys sorted at every level and no whitespace, so that the same value always
 * gives the same text, whatever order jsonb hands its keys back in. Undefined members are
 * dropped (as JSON.stringify and jsonb do); non-finite numbers are refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("canonicalJson: numbers must be finite");
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
}
