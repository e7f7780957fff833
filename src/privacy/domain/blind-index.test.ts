import { describe, expect, it } from "vitest";
import { blindIndex, blindIndexCandidates, blindIndexKey, blindIndexKeyId } from "./blind-index.ts";
import { makeKeyring } from "./field-envelope.ts";

const keyA = { id: "a1", key: Buffer.alloc(32, 1) };
const keyB = { id: "b2", key: Buffer.alloc(32, 2) };

describe("blind index", () => {
  it("is deterministic per key and purpose, and names its key", () => {
    const one = blindIndex(keyA, "name", "홍길동");
    expect(one).toBe(blindIndex(keyA, "name", "홍길동"));
    expect(one).toMatch(/^a1:[A-Za-z0-9_-]{22}$/);
    expect(blindIndexKeyId(one)).toBe("a1");
    expect(blindIndex(keyA, "name", "홍길순")).not.toBe(one);
    expect(blindIndex(keyB, "name", "홍길동").slice(3)).not.toBe(one.slice(3));
    // The same text in two fields does not share a fingerprint.
    expect(blindIndex(keyA, "phone_last4", "1234").slice(3)).not.toBe(
      blindIndex(keyA, "name", "1234").slice(3),
    );
  });

  it("uses a key derived from the data key, never the data key itself", () => {
    const derived = blindIndexKey(keyA);
    expect(derived).toHaveLength(32);
    expect(derived.equals(keyA.key)).toBe(false);
  });

  it("searches under every known key, so rows from before a rotation are found", () => {
    const keyring = makeKeyring([keyB, keyA]);
    const candidates = blindIndexCandidates(keyring, "name", "홍길동");
    expect(candidates).toContain(blindIndex(keyA, "name", "홍길동"));
    expect(candidates).toContain(blindIndex(keyB, "name", "홍길동"));
    expect(blindIndexKeyId("v1:a1:xyz")).toBeNull();
  });
});
