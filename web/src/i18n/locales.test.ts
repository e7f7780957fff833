import { describe, expect, it } from "vitest";
import en from "../locales/en.json" with { type: "json" };
import ko from "../locales/ko.json" with { type: "json" };

/** Every message key, plural forms (i18next's _one, _other …) folded into their base key. */
function keysOf(messages: Record<string, unknown>, prefix = ""): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const nested of keysOf(value as Record<string, unknown>, path)) keys.add(nested);
    } else {
      keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ""));
    }
  }
  return keys;
}

describe("the web app's messages", () => {
  it("say everything in English that they say in Korean, and the reverse", () => {
    const korean = keysOf(ko);
    const english = keysOf(en);
    expect([...korean].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !korean.has(k))).toEqual([]);
    expect(korean.size).toBeGreaterThan(1000);
  });
});
