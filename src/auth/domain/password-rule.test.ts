import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-rule.ts";

const common = new Set(["qwertyuiop", "password123"]);

describe("password rule", () => {
  it("accepts 10 characters or more that are not common, without composition rules", () => {
    expect(checkPassword("correct horse battery", common)).toBeNull();
    expect(checkPassword("abcdefghij", common)).toBeNull();
    expect(checkPassword("마을일자리를찾습니다", common)).toBeNull();
  });

  it("refuses fewer than 10 characters, counting Hangul syllables as one", () => {
    expect(checkPassword("short1!", common)).toMatchObject({ field: "password", reason: "too_short" });
    expect(checkPassword("마을일자리찾기", common)?.reason).toBe("too_short");
  });

  it("refuses common passwords whatever their case", () => {
    expect(checkPassword("QwertyUIOP", common)).toMatchObject({ reason: "too_common" });
    expect(checkPassword(" password123 ", common)?.reason).toBe("too_common");
  });

  it("refuses more than 128 characters and names the field asked for", () => {
    expect(checkPassword("x".repeat(129), common, "newPassword")).toMatchObject({
      field: "newPassword",
      reason: "too_long",
    });
  });
});
