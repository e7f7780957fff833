import { describe, expect, it } from "vitest";
import {
  ABSOLUTE_TIMEOUT_MS,
  extendedIdleExpiry,
  IDLE_TIMEOUT_MS,
  newSessionTimes,
  sessionState,
  shouldRecordActivity,
} from "./session-policy.ts";

const start = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const MIN = 60 * 1000;

describe("session deadlines", () => {
  it("are 30 minutes idle and 12 hours absolute", () => {
    expect(IDLE_TIMEOUT_MS).toBe(30 * MIN);
    expect(ABSOLUTE_TIMEOUT_MS).toBe(12 * 60 * MIN);
    expect(newSessionTimes(start)).toEqual({
      idleExpiresAt: at(30 * MIN),
      absoluteExpiresAt: at(12 * 60 * MIN),
    });
  });

  it("end when idle for 30 minutes", () => {
    const times = newSessionTimes(start);
    expect(sessionState(times, at(29 * MIN))).toBe("active");
    expect(sessionState(times, at(30 * MIN))).toBe("idle_expired");
  });

  it("move the idle deadline on activity, never past the absolute one", () => {
    const times = newSessionTimes(start);
    expect(extendedIdleExpiry(times, at(20 * MIN))).toEqual(at(50 * MIN));
    expect(extendedIdleExpiry(times, at(11 * 60 * MIN + 50 * MIN))).toEqual(times.absoluteExpiresAt);
  });

  it("end after 12 hours however active", () => {
    const times = { idleExpiresAt: at(12 * 60 * MIN), absoluteExpiresAt: at(12 * 60 * MIN) };
    expect(sessionState(times, at(12 * 60 * MIN - 1))).toBe("active");
    expect(sessionState(times, at(12 * 60 * MIN))).toBe("absolute_expired");
  });

  it("write activity at most once a minute", () => {
    const times = newSessionTimes(start);
    expect(shouldRecordActivity(times, at(30 * 1000))).toBe(false);
    expect(shouldRecordActivity(times, at(MIN))).toBe(true);
  });
});
