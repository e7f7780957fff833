import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.ts";
import { startMaeulServer } from "./maeul-server.ts";

/**
 * For one describe block: the real server on a fresh embedded database, and Chromium. Call it at
 * the top of the block; the returned object is filled in before the first test runs.
 */
export function useServerAndBrowser(options: Parameters<typeof startMaeulServer>[0] = {}) {
  const session = {} as { server: Awaited<ReturnType<typeof startMaeulServer>>; browser: Browser };
  beforeAll(async () => {
    session.server = await startMaeulServer(options);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
