/**
 * Login throttling (NIST SP 800-63B §5.2.2; KISA 보안 가이드: lock after repeated failures).
 * Failures are counted per account (the e-mail address as typed, whether or not an account has
 * it, so a lockout reveals nothing) and per client IP address, in a fixed window that starts at
 * the first failure. Reaching the limit locks that key for LOCK_MS; a successful sign-in clears
 * the account's count (not the IP's, so one valid account cannot launder guesses at others).
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Higher than the account limit: one office or one mobile carrier NAT holds many users. */
export const IP_FAILURE_LIMIT = 20;

export type ThrottleKind = "account" | "ip";

export const FAILURE_LIMIT: Record<ThrottleKind, number> = {
  account: ACCOUNT_FAILURE_LIMIT,
  ip: IP_FAILURE_LIMIT,
};

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, limit: number): ThrottleState {
  if (state?.lockedUntil && state.lockedUntil.getTime() > now.getTime()) return state;
  const windowOpen = state !== null && now.getTime() - state.windowStartedAt.getTime() < THROTTLE_WINDOW_MS;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now;
  return {
    failures,
    windowStartedAt,
    lockedUntil: failures >= limit ? new Date(now.getTime() + LOCK_MS) : null,
  };
}

/** Whole seconds until the lock ends (at least 1), or 0 when not locked. */
export function lockSecondsLeft(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}
