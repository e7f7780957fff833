import { vi } from "vitest";
import { runCli } from "../../src/cli/main.ts";

/**
 * Runs `maeul …` in-process (against whatever MAEUL_DATA_DIR / DATABASE_URL the test set).
 * `output` is stdout and stderr interleaved, as a user sees them; `stdout` alone is for output
 * that a program would parse (`--json`).
 */
export async function maeul(...args: string[]) {
  const out: string[] = [];
  const stdout: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
    out.push(a.join(" "));
    stdout.push(a.join(" "));
  });
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  try {
    const code = await runCli(["node", "maeul", ...args]);
    return { code, output: out.join("\n"), stdout: stdout.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
