import { createHash } from "node:crypto";

/** Namespace of every generated demo id (a fixed, random UUID). */
const DEMO_NAMESPACE = "5b1f0c2e-8d3a-4f6b-9a7c-2e4d6f8a0b1c";

/**
 * A name-based UUID (version 5, RFC 9562): the same name gives the same id on every machine, so
 * demo rows keep their ids across databases and the example import files can name a demo
 * institution (관악구청 is always the same id).
 */
export function demoId(name: string): string {
  const namespace = Buffer.from(DEMO_NAMESPACE.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const demoOrganizationId = (regionCode: string, key: string) =>
  demoId(`organization:${regionCode}:${key}`);
export const demoWorkItemId = (regionCode: string, key: string) => demoId(`work-item:${regionCode}:${key}`);
export const demoResidentId = (regionCode: string, index: number) =>
  demoId(`resident:${regionCode}:${index}`);
