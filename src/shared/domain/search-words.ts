/**
 * Text search for Korean and English alike. Korean has no reliable word stemming in PostgreSQL's
 * built-in text search (and PGlite has no Korean dictionary), so a query is split on whitespace
 * and every word must appear as a substring: "말벗" finds "어르신 말벗 돌봄".
 */

/** Distinct words of a query, in NFC so that decomposed Hangul matches stored (NFC) text. */
export function splitSearchWords(query: string | undefined): string[] {
  if (!query) return [];
  const words = query.normalize("NFC").trim().split(/\s+/u).filter(Boolean);
  return [...new Set(words)];
}

/**
 * A LIKE pattern matching `word` anywhere. `%`, `_` and the escape character itself are
 * escaped, so that a search for "100%" or "a_b" means those characters and not wildcards.
 */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
