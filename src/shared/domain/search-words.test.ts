import { describe, expect, it } from "vitest";
import { containsPattern, splitSearchWords } from "./search-words.ts";

describe("splitSearchWords", () => {
  it("splits on any whitespace and drops repeats", () => {
    expect(splitSearchWords("  어르신\t말벗  어르신\n")).toEqual(["어르신", "말벗"]);
  });

  it("returns no words for an absent or blank query", () => {
    expect(splitSearchWords(undefined)).toEqual([]);
    expect(splitSearchWords("   ")).toEqual([]);
  });

  it("composes decomposed Hangul", () => {
    const [word] = splitSearchWords("말벗".normalize("NFD"));
    expect(word).toBe("말벗");
    expect(word).toHaveLength(2);
  });
});

describe("containsPattern", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b")).toBe("%a\\_b%");
    expect(containsPattern("c:\\x")).toBe("%c:\\\\x%");
    expect(containsPattern("말벗")).toBe("%말벗%");
  });
});
