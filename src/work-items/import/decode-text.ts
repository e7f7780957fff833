import iconv from "iconv-lite";

/**
 * Decodes a CSV file's bytes. Excel on Korean Windows still saves "CSV" in cp949 (EUC-KR plus
 * the extra Hangul syllables); everything else uses UTF-8, sometimes with a byte-order mark. A
 * strict UTF-8 decode fails on cp949 bytes, so it tells the two apart without guessing.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "cp949" } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(body), "cp949"), encoding: "cp949" };
  }
}
