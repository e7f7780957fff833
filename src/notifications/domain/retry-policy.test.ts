import { describe, expect, it } from "vitest";
import { redactError } from "./redact-error.ts";
import { afterFailure, type RetryPolicy, retryDelayMs } from "./retry-policy.ts";

const policy: RetryPolicy = { maxAttempts: 5, baseMs: 1_000, maxMs: 10_000, jitter: 0.5 };

describe("retry policy", () => {
  it("doubles the wait after each attempt, up to the cap", () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(policy, n, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  it("adds at most `jitter` of the wait at random", () => {
    expect(retryDelayMs(policy, 2, () => 0.999_999)).toBe(3_000);
    expect(retryDelayMs(policy, 2, () => 0.5)).toBe(2_500);
  });

  it("gives up after maxAttempts, or at once on a permanent failure", () => {
    expect(afterFailure(policy, 1, false)).toEqual({ status: "failed", retry: true });
    expect(afterFailure(policy, 4, false)).toEqual({ status: "failed", retry: true });
    expect(afterFailure(policy, 5, false)).toEqual({ status: "dead", retry: false });
    expect(afterFailure(policy, 1, true)).toEqual({ status: "dead", retry: false });
  });
});

describe("redactError", () => {
  it("blanks addresses and phone numbers a provider may quote, keeps the rest", () => {
    expect(redactError("550 5.1.1 <hong.gildong@example.kr>: Recipient address rejected")).toBe(
      "550 5.1.1 <***@***>: Recipient address rejected",
    );
    expect(redactError("invalid recipient 010-1234-5678 (HTTP 400)")).toBe(
      "invalid recipient *********5678 (HTTP 400)",
    );
    expect(redactError("HTTP 503\nService Unavailable")).toBe("HTTP 503 Service Unavailable");
    expect(redactError("x".repeat(900))).toHaveLength(500);
  });
});
