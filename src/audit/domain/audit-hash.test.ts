import { describe, expect, it } from "vitest";
import { auditRowHash, canonicalJson, GENESIS_HASH } from "./audit-hash.ts";

const row = {
  id: 1,
  at: new Date("2026-03-02T00:00:00.123Z"),
  actorUserId: null,
  actorRole: "anonymous",
  action: "create",
  subjectType: "resident",
  subjectId: "r1",
  regionCode: "11620",
  ip: null,
  userAgent: null,
  reason: null,
  details: { personalFields: ["name", "phone"], nested: { b: 1, a: [true, null] } },
};

describe("audit hash chain", () => {
  it("writes canonical JSON: sorted keys at every level, no spaces", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x"], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[1,"x"]},"b":1}',
    );
    expect(canonicalJson("한글")).toBe('"한글"');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });

  it("gives the same hash whatever the key order, and another for any change", () => {
    const hash = auditRowHash(GENESIS_HASH, row);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = {
      ...row,
      details: { nested: { a: [true, null], b: 1 }, personalFields: ["name", "phone"] },
    };
    expect(auditRowHash(GENESIS_HASH, reordered)).toBe(hash);
    expect(auditRowHash(GENESIS_HASH, { ...row, actorRole: "system" })).not.toBe(hash);
    expect(auditRowHash(GENESIS_HASH, { ...row, at: new Date("2026-03-02T00:00:00.124Z") })).not.toBe(hash);
    expect(auditRowHash("f".repeat(64), row)).not.toBe(hash);
  });
});
