/**
 * How long a signed-in session lasts (KWCAG 2.2 6.2.1 asks that a time limit can be extended;
 * the 전자정부 guidance asks for automatic logout after inactivity). Both limits hold at once:
 * - idle: 30 minutes after the last activity (any authenticated request, or the web app's
 *   "extend" button: POST /api/auth/session/extend);
 * - absolute: 12 hours after sign-in, whatever the activity; then the user signs in again.
 */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/**
 * Activity moves the idle deadline at most once a minute, so that a burst of requests costs one
 * write, not one per request. The deadline is therefore exact to within this interval.
 */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

export interface SessionTimes {
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** The deadlines of a session that starts now. */
export function newSessionTimes(now: Date): SessionTimes {
  return {
    idleExpiresAt: new Date(now.getTime() + IDLE_TIMEOUT_MS),
    absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
  };
}

export type SessionState = "active" | "idle_expired" | "absolute_expired";

/** Whether a session may still be used at `now`; the absolute limit wins when both passed. */
export function sessionState(times: SessionTimes, now: Date): SessionState {
  if (now.getTime() >= times.absoluteExpiresAt.getTime()) return "absolute_expired";
  if (now.getTime() >= times.idleExpiresAt.getTime()) return "idle_expired";
  return "active";
}

/** The idle deadline after activity at `now`: 30 minutes on, never past the absolute deadline. */
export function extendedIdleExpiry(times: SessionTimes, now: Date): Date {
  return new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, times.absoluteExpiresAt.getTime()));
}

/** Whether activity at `now` should be written (the deadline would move by a minute or more). */
export function shouldRecordActivity(times: SessionTimes, now: Date): boolean {
  return (
    extendedIdleExpiry(times, now).getTime() - times.idleExpiresAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS
  );
}
