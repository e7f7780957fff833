import { describe, expect, it } from "vitest";
import {
  decryptField,
  encryptField,
  envelopeKeyId,
  FieldDecryptionError,
  isEnvelope,
  makeKeyring,
} from "./field-envelope.ts";

const keyA = { id: "a1", key: Buffer.alloc(32, 1) };
const keyB = { id: "b2", key: Buffer.alloc(32, 2) };
const at = {
  table: "resident_personal_data",
  column: "name_enc",
  rowId: "8e3c1c1e-0000-4000-8000-000000000001",
};

/** Replaces one base64 part of an envelope with the same bytes, one bit flipped. */
function flipBit(envelope: string, part: 2 | 3 | 4): string {
  const parts = envelope.split(":");
  const bytes = Buffer.from(parts[part]!, "base64");
  bytes[0] = bytes[0]! ^ 1;
  parts[part] = bytes.toString("base64");
  return parts.join(":");
}

describe("field envelope (AES-256-GCM)", () => {
  it("round-trips Korean text, with a fresh IV every time", () => {
    const keyring = makeKeyring([keyA]);
    const one = encryptField("홍길동", keyA, at);
    const two = encryptField("홍길동", keyA, at);
    expect(one).not.toBe(two);
    expect(one.startsWith("v1:a1:")).toBe(true);
    expect(one).not.toContain("홍길동");
    expect(isEnvelope(one)).toBe(true);
    expect(envelopeKeyId(one)).toBe("a1");
    expect(decryptField(one, keyring, at)).toBe("홍길동");
    expect(decryptField(two, keyring, at)).toBe("홍길동");
    expect(decryptField(encryptField("", keyA, at), keyring, at)).toBe("");
  });

  it("opens values of older keys while sealing with the first", () => {
    const old = encryptField("010-1234-5678", keyB, at);
    const keyring = makeKeyring([keyA, keyB]);
    expect(keyring.current.id).toBe("a1");
    expect(decryptField(old, keyring, at)).toBe("010-1234-5678");
  });

  it("refuses a wrong key, an unknown key id, and a relabelled key id", () => {
    const sealed = encryptField("홍길동", keyA, at);
    const impostor = { id: "a1", key: Buffer.alloc(32, 9) };
    expect(() => decryptField(sealed, makeKeyring([impostor]), at)).toThrow(FieldDecryptionError);
    expect(() => decryptField(sealed, makeKeyring([keyB]), at)).toThrow(/not configured/);
    const relabelled = sealed.replace("v1:a1:", "v1:b2:");
    expect(() => decryptField(relabelled, makeKeyring([keyA, keyB]), at)).toThrow(/does not authenticate/);
  });

  it("refuses a tampered tag, IV or ciphertext", () => {
    const keyring = makeKeyring([keyA]);
    const sealed = encryptField("서울 관악구 관악로 1", keyA, at);
    for (const part of [2, 3, 4] as const) {
      expect(() => decryptField(flipBit(sealed, part), keyring, at)).toThrow(FieldDecryptionError);
    }
    expect(() => decryptField("홍길동", keyring, at)).toThrow(/not an encrypted value/);
  });

  it("binds a value to its table, column and row (no swapping)", () => {
    const keyring = makeKeyring([keyA]);
    const sealed = encryptField("홍길동", keyA, at);
    expect(() => decryptField(sealed, keyring, { ...at, rowId: "another-row" })).toThrow(
      FieldDecryptionError,
    );
    expect(() => decryptField(sealed, keyring, { ...at, column: "address_enc" })).toThrow(
      FieldDecryptionError,
    );
    expect(() => decryptField(sealed, keyring, { ...at, table: "other" })).toThrow(FieldDecryptionError);
  });

  it("tells envelopes from plaintext left by an older release", () => {
    for (const plain of [
      "홍길동",
      "010-1234-5678",
      "v1:a1:not-an-envelope",
      "서울 관악구 관악로 1 101동 202호",
    ]) {
      expect(isEnvelope(plain)).toBe(false);
      expect(envelopeKeyId(plain)).toBeNull();
    }
  });

  it("validates keyrings", () => {
    expect(() => makeKeyring([])).toThrow();
    expect(() => makeKeyring([{ id: "a:b", key: Buffer.alloc(32) }])).toThrow(/key id/);
    expect(() => makeKeyring([{ id: "short", key: Buffer.alloc(16) }])).toThrow(/32 bytes/);
    expect(() => makeKeyring([keyA, { ...keyB, id: "a1" }])).toThrow(/twice/);
  });
});
