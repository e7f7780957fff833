import { sql } from "drizzle-orm";

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The `set` of an upsert that takes every given column (camelCase) from the proposed row. */
export function excludedColumns(keys: readonly string[]) {
  return Object.fromEntries(
    keys.map((key) => [key, sql.raw(`excluded.${key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)}`)]),
  );
}
