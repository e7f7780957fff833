import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";

/** The repository's data/ folder, where the real public data files are kept with their sources. */
export const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data");

/** Reads a CSV in UTF-8 (with or without BOM) or cp949, returning rows of cells. */
export function readCsv(relativePath: string, encoding: "utf8" | "cp949" = "utf8"): string[][] {
  const bytes = fs.readFileSync(path.join(dataDir, relativePath));
  const text = encoding === "cp949" ? iconv.decode(bytes, "cp949") : bytes.toString("utf8");
  return parseCsvText(text);
}

export function parseCsvText(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ""), { relaxColumnCount: true, skipEmptyLines: true });
}

/** "9,331,860" → 9331860; "-" or "" → null. */
export function parseKoreanNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const cleaned = cell.replace(/[",\s]/g, "");
  if (cleaned === "" || cleaned === "-") return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Names compared without spaces: KOSIS writes "수원시장안구" where others write "수원시 장안구". */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, "");
}
