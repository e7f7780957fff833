import { describe, expect, it } from "vitest";
import {
  ACCOUNT_FAILURE_LIMIT,
  afterFailure,
  LOCK_MS,
  lockSecondsLeft,
  THROTTLE_WINDOW_MS,
  type ThrottleState,
} from "./login-throttle.ts";

const start = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

function fail(times: number, everyMs: number, limit = ACCOUNT_FAILURE_LIMIT): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < times; i++) state = afterFailure(state, at(i * everyMs), limit);
  return state;
}

describe("login throttle", () => {
  it("locks for 15 minutes at the fifth failure within 15 minutes", () => {
    expect(fail(4, 1000)?.lockedUntil).toBeNull();
    const locked = fail(5, 1000)!;
    expect(locked.lockedUntil).toEqual(at(4000 + LOCK_MS));
    expect(lockSecondsLeft(locked, at(4000))).toBe(15 * 60);
    expect(lockSecondsLeft(locked, at(4000 + LOCK_MS))).toBe(0);
  });

  it("starts a new window after 15 minutes", () => {
    const state = fail(5, THROTTLE_WINDOW_MS / 4 + 1)!;
    expect(state.lockedUntil).toBeNull();
    expect(state.failures).toBeLessThan(5);
  });

  it("does not extend a running lock", () => {
    const locked = fail(5, 1000)!;
    expect(afterFailure(locked, at(60_000), ACCOUNT_FAILURE_LIMIT)).toBe(locked);
  });

  it("counts again from one after the lock ends", () => {
    const locked = fail(5, 1000)!;
    const next = afterFailure(locked, at(4000 + LOCK_MS + 1), ACCOUNT_FAILURE_LIMIT);
    expect(next).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
