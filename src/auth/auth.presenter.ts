import type { z } from "zod";
import type { AuthState, ZAuthUser } from "./auth.schema.ts";
import type { SecondFactorStep } from "./domain/second-factor.ts";
import { IDLE_TIMEOUT_MS, type SessionTimes } from "./domain/session-policy.ts";
import type { UserRow } from "./user.repository.ts";

export function presentAuthUser(user: UserRow): z.infer<typeof ZAuthUser> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    regionCode: user.regionCode,
    organizationId: user.organizationId,
    residentId: user.residentId,
    demo: user.demo,
  };
}

/** Where a signed-in user (or one half-way through TOTP) stands, for login and GET /session. */
export function presentAuthState(
  user: UserRow,
  times: SessionTimes | null,
  step: SecondFactorStep,
): AuthState {
  return {
    user: presentAuthUser(user),
    secondFactorRequired: step === "verify" || step === "enroll",
    secondFactorStep: step,
    demoAccountNoSecondFactor: step === "demo_exempt",
    session: times
      ? {
          expiresAt: times.absoluteExpiresAt.toISOString(),
          idleExpiresAt: times.idleExpiresAt.toISOString(),
          idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000,
        }
      : null,
  };
}
