import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Occupation, validateCatalogue } from "./domain/occupation.ts";

/**
 * The job-design catalogue: data/occupations/*.json (one file per work category), read and
 * validated once per process, when the server loads its routes (occupation.routes.ts). A broken
 * entry fails loudly with file, entry and path, at start-up and in the catalogue test, never at
 * the first request that happens to need it.
 */

export const OCCUPATIONS_DIR = fileURLToPath(new URL("../../data/occupations/", import.meta.url));

export function readCatalogueFiles(dir = OCCUPATIONS_DIR): { name: string; entries: unknown }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, "utf8");
      try {
        return { name, entries: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(`data/occupations/${name}: ${(error as Error).message}`);
      }
    });
}

export function loadOccupations(dir = OCCUPATIONS_DIR): Occupation[] {
  const { occupations, problems } = validateCatalogue(readCatalogueFiles(dir));
  if (problems.length > 0) {
    throw new Error(`data/occupations is invalid:\n${problems.slice(0, 20).join("\n")}`);
  }
  return occupations;
}

let cached: Occupation[] | null = null;

/** The catalogue, loaded on first use (the files ship with the code and do not change while it runs). */
export function occupationCatalogue(): readonly Occupation[] {
  cached ??= loadOccupations();
  return cached;
}
