import { defineConfig } from "vitest/config";

// Three tiers (../shared/STYLE.md): pure unit tests, integration tests against real PGlite and
// PostgreSQL, and browser journeys in headless Chromium.
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    // Vitest's default on a 2-core machine is one worker (cores − 1), which leaves the CPU idle
    // while a test waits on the PostgreSQL server, a spawned Maeul server or Chromium, which run in
    // processes of their own. Two workers keep it busy (measured in the README's test section).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "web/src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "tests/integration/**/*.int.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
