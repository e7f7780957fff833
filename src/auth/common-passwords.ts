import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeForList } from "./domain/password-rule.ts";

/** The lists of refused passwords (data/SOURCES.md says where each comes from). */
export const COMMON_PASSWORD_FILES = ["common-passwords-10plus.txt", "common-passwords-maeul.txt"].map(
  (name) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/passwords", name),
);

let cached: ReadonlySet<string> | undefined;

/** The refused passwords, normalised as the rule compares them; read once. */
export function commonPasswords(): ReadonlySet<string> {
  if (!cached) {
    const words = COMMON_PASSWORD_FILES.flatMap((file) => fs.readFileSync(file, "utf8").split(/\r?\n/));
    cached = new Set(words.map(normalizeForList).filter((w) => w.length > 0));
  }
  return cached;
}
