import { describe, expect, it } from "vitest";
import { addressFingerprint, maskAddress } from "./attempted-address.ts";

describe("the address typed at a failed sign-in", () => {
  it("is masked to its first character and domain, whatever its length", () => {
    expect(maskAddress("  Officer.11620@Demo.Maeul.kr ")).toBe("o***@demo.maeul.kr");
    expect(maskAddress("a@b.kr")).toBe("a***@b.kr");
    expect(maskAddress("홍길동@example.kr")).toBe("홍***@example.kr");
    expect(maskAddress("not-an-address")).toBe("n***");
    expect(maskAddress("@example.kr")).toBe("@***");
    expect(maskAddress("")).toBe("");
    expect(maskAddress("x@y.kr")).not.toContain("x@");
  });

  it("has a keyed fingerprint: the same for one address in any case, another under another secret", () => {
    const secret = "s".repeat(32);
    const print = addressFingerprint(secret, "Someone@Example.kr");
    expect(print).toMatch(/^[0-9a-f]{32}$/);
    expect(addressFingerprint(secret, " someone@example.kr")).toBe(print);
    expect(addressFingerprint(secret, "someone2@example.kr")).not.toBe(print);
    expect(addressFingerprint("t".repeat(32), "someone@example.kr")).not.toBe(print);
    expect(print).not.toContain("someone");
  });
});
