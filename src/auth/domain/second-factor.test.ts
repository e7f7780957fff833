import { describe, expect, it } from "vitest";
import { ROLES, SECOND_FACTOR_ROLES } from "./principal.ts";
import { sessionMayAct, sessionSecondFactorStep } from "./second-factor.ts";

describe("second factor", () => {
  it("is not asked of residents and institution staff", () => {
    for (const role of ["resident", "institution_staff"] as const) {
      expect(sessionSecondFactorStep({ role, demo: false, twoFactorEnabled: false })).toBe("not_required");
    }
  });

  it("holds back privileged accounts until TOTP is set up, except demo accounts", () => {
    for (const role of SECOND_FACTOR_ROLES) {
      const user = { role, demo: false, twoFactorEnabled: false };
      expect(sessionSecondFactorStep(user)).toBe("enroll");
      expect(sessionMayAct(user)).toBe(false);
      expect(sessionSecondFactorStep({ ...user, twoFactorEnabled: true })).toBe("passed");
      expect(sessionSecondFactorStep({ ...user, demo: true })).toBe("demo_exempt");
      expect(sessionMayAct({ ...user, demo: true })).toBe(true);
    }
    expect(ROLES.filter((r) => !SECOND_FACTOR_ROLES.includes(r))).toEqual(["resident", "institution_staff"]);
  });
});
