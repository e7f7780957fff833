/**
 * The loop under this process's background workers (allocation runs, notification sending,
 * forecast refresh; decision 0006's claimed-row pattern): a pass, then the wait the pass asks
 * for, again and again until stopped. Each worker keeps its own claim logic in `pass`; what is
 * shared is the start/stop/wake/wait handling, so that a stop never cuts a pass in half and a
 * wake ends a wait early.
 */
export interface BackgroundLoop {
  /** Lets the pass in progress finish, then ends the loop. */
  stop(): Promise<void>;
  /** Ends the current wait now (no effect while a pass runs). */
  wake(): void;
  readonly stopped: boolean;
}

/**
 * Starts the loop. `pass` returns how long to wait before the next pass, or null to start it at
 * once (more work is waiting). It must catch its own errors: a failing pass is to be logged and
 * retried, not to end the loop. `isStopped` tells a long pass to wind down early.
 */
export function startBackgroundLoop(
  pass: (isStopped: () => boolean) => Promise<number | null>,
  options: { startDelayMs?: number } = {},
): BackgroundLoop {
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  const isStopped = () => stopped;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const loop = (async () => {
    if (options.startDelayMs) await pause(options.startDelayMs);
    while (!stopped) {
      const waitMs = await pass(isStopped);
      if (!stopped && waitMs !== null) await pause(waitMs);
    }
  })();

  return {
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
    },
    wake() {
      wakeUp?.();
    },
    get stopped() {
      return stopped;
    },
  };
}
