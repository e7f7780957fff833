import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM_PATH = process.env.MAEUL_CHROMIUM_PATH ?? "/usr/bin/chromium";

/** False when no Chromium is installed; CI sets MAEUL_REQUIRE_BROWSER=1 to make that a failure. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.MAEUL_REQUIRE_BROWSER === "1") {
    throw new Error(`MAEUL_REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
  }
  console.warn(`Browser tests skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
