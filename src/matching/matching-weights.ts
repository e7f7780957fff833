/**
 * Loads data/matching-weights.json once per process and validates it (ZMatchWeightsFile): a bad
 * file stops the server at start-up with the file, the field and the reason.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type MatchWeightsFile,
  type WeightsTable,
  weightsTable,
  ZMatchWeightsFile,
} from "./domain/scoring/match-weights.ts";

export const MATCHING_WEIGHTS_FILE = fileURLToPath(
  new URL("../../data/matching-weights.json", import.meta.url),
);

export function parseMatchingWeights(text: string, name = "data/matching-weights.json"): MatchWeightsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not JSON (${(error as Error).message})`);
  }
  const result = ZMatchWeightsFile.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${name}: ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  }
  return result.data;
}

let cached: WeightsTable | null = null;

/** The weights of every program, from the file in data/ (read once). */
export function matchingWeights(): WeightsTable {
  cached ??= weightsTable(parseMatchingWeights(readFileSync(MATCHING_WEIGHTS_FILE, "utf8")));
  return cached;
}
