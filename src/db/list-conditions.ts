import { type AnyColumn, and, between, eq, or, type SQL, sql } from "drizzle-orm";
import { containsPattern } from "../shared/domain/search-words.ts";

/**
 * WHERE fragments shared by the list queries of organizations, work items and residents.
 */

/**
 * A 시도 (2 digits) matches every 시군구 whose code starts with it. Written as a range rather
 * than LIKE so that a btree index on the code serves it whatever the database collation.
 */
export function inRegion(column: AnyColumn, code: string): SQL {
  return code.length === 2 ? between(column, `${code}000`, `${code}999`) : eq(column, code);
}

/** Every word appears, case-insensitively, in at least one of the columns. */
export function containsAllWords(columns: AnyColumn[], words: string[]): SQL | undefined {
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = containsPattern(word);
      return or(...columns.map((column) => sql`${column} ilike ${pattern} escape '\\'`));
    }),
  );
}

export function pageOffset(page: { page: number; pageSize: number }): number {
  return (page.page - 1) * page.pageSize;
}
