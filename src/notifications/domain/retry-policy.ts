/**
 * When a failed message is tried again: exponential backoff from `baseMs`, doubled after each
 * attempt and capped at `maxMs`, with up to `jitter` of it added at random so that many messages
 * failing together (a provider outage) do not all come back in the same second.
 */
export interface RetryPolicy {
  /** Attempts before a message is given up (`dead`). */
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  /** 0 … 1: the share of the delay that may be added at random. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseMs: 30_000,
  maxMs: 6 * 60 * 60_000,
  jitter: 0.2,
};

/** The wait after the `attempts`-th failed attempt (1 → base, 2 → 2×base, 3 → 4×base …). */
export function retryDelayMs(
  policy: RetryPolicy,
  attempts: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempts - 1);
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  return Math.round(delay * (1 + policy.jitter * random()));
}

/** What becomes of a message whose attempt failed. */
export function afterFailure(
  policy: RetryPolicy,
  attempts: number,
  permanent: boolean,
): { status: "failed" | "dead"; retry: boolean } {
  if (permanent || attempts >= policy.maxAttempts) return { status: "dead", retry: false };
  return { status: "failed", retry: true };
}
