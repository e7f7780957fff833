import { describe, expect, it } from "vitest";
import { commonPasswords } from "./common-passwords.ts";
import { demoAccountSpecs, demoPassword } from "./domain/demo-accounts.ts";
import { checkPassword } from "./domain/password-rule.ts";

describe("the bundled common-password lists", () => {
  it("hold about a thousand passwords of 10+ characters and the Korean additions", () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThan(1000);
    for (const p of ["qwertyuiop", "1q2w3e4r5t", "password123", "dkssudgktpdy", "qwer1234!!"]) {
      expect(list.has(p)).toBe(true);
    }
    expect(checkPassword("QWERTYUIOP", list)?.reason).toBe("too_common");
  });

  it("let every demo password through", () => {
    const specs = demoAccountSpecs([{ code: "11620", nameKo: "관악구", sidoNameKo: "서울특별시" }]);
    for (const spec of specs) expect(checkPassword(demoPassword(spec.email), commonPasswords())).toBeNull();
  });
});
