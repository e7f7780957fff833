import { type Role, SECOND_FACTOR_ROLES } from "./principal.ts";

/**
 * Where an account stands with the second factor (TOTP) at sign-in:
 * - not_required: the role does not need one (resident, institution_staff);
 * - demo_exempt: a privileged role on a demo account (public password, marked demo), no TOTP;
 * - enroll: a privileged role without TOTP yet: the session may only set TOTP up;
 * - verify: a privileged role with TOTP: no session until a code is verified;
 * - passed: the code was verified for this session.
 */
export type SecondFactorStep = "not_required" | "demo_exempt" | "enroll" | "verify" | "passed";

export interface SecondFactorSubject {
  role: Role;
  demo: boolean;
  twoFactorEnabled: boolean;
}

export function requiresSecondFactor(role: Role): boolean {
  return SECOND_FACTOR_ROLES.includes(role);
}

/** The step of a signed-in session (one that exists, so TOTP, when enabled, was verified). */
export function sessionSecondFactorStep(user: SecondFactorSubject): SecondFactorStep {
  if (!requiresSecondFactor(user.role)) return "not_required";
  if (user.demo) return "demo_exempt";
  return user.twoFactorEnabled ? "passed" : "enroll";
}

/** Whether a session of this user may act (carry a Principal). */
export function sessionMayAct(user: SecondFactorSubject): boolean {
  return sessionSecondFactorStep(user) !== "enroll";
}
