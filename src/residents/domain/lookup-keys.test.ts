import { describe, expect, it } from "vitest";
import { lookupName, phoneLast4 } from "./lookup-keys.ts";

describe("walk-in lookup keys", () => {
  it("matches a name however it was spaced, composed or cased", () => {
    expect(lookupName(" 홍 길동 ")).toBe("홍길동");
    // 홍 in decomposed jamo (as macOS may send it) is the same name.
    expect(lookupName("\u1112\u1169\u11bc길동")).toBe("홍길동");
    expect(lookupName("Kim Min-Su")).toBe(lookupName("kim min-su"));
    expect(lookupName("   ")).toBeNull();
  });

  it("takes the last four digits of any phone format, and none from a short one", () => {
    expect(phoneLast4("010-1234-5678")).toBe("5678");
    expect(phoneLast4("+82 10 1234 5678")).toBe("5678");
    expect(phoneLast4("02)880-1234")).toBe("1234");
    expect(phoneLast4("12")).toBeNull();
  });
});
