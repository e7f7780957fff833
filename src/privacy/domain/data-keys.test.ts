import { describe, expect, it } from "vitest";
import { derivedKeyId, formatDataKeyList, generateDataKey, parseDataKeyList } from "./data-keys.ts";

const b64 = (fill: number) => Buffer.alloc(32, fill).toString("base64");

describe("MAEUL_DATA_KEY", () => {
  it("takes one bare key, its id derived from the key", () => {
    const [key] = parseDataKeyList(b64(1));
    expect(key!.id).toBe(derivedKeyId(Buffer.alloc(32, 1)));
    expect(key!.id).toMatch(/^k[0-9a-f]{8}$/);
  });

  it("takes several keyId:base64 entries, the first current", () => {
    const keys = parseDataKeyList(` new:${b64(2)}, old:${b64(1)} `);
    expect(keys.map((k) => k.id)).toEqual(["new", "old"]);
    expect(keys[1]!.key.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  it("refuses short keys, bad base64 and bad ids with the entry's position", () => {
    expect(() => parseDataKeyList(Buffer.alloc(16).toString("base64"))).toThrow(/entry 1.*32 bytes/);
    expect(() => parseDataKeyList(`a:${b64(1)},b:not base64!`)).toThrow(/entry 2.*base64/);
    expect(() => parseDataKeyList(`bad id:${b64(1)}`)).toThrow(/key id/);
    expect(() => parseDataKeyList(" , ")).toThrow(/empty/);
  });

  it("generates keys that format back to what it parses", () => {
    const key = generateDataKey(new Date("2026-03-02T00:00:00Z"));
    expect(key.id).toMatch(/^k20260302-[0-9a-f]{6}$/);
    const [parsed] = parseDataKeyList(formatDataKeyList([key]));
    expect(parsed).toEqual(key);
  });
});
