import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { processTreeCpuSeconds } from "./recommendation-bench-cpu.ts";

/** Spends `seconds` of this process's CPU time (not wall time: other work may share the cores). */
const burn = (seconds: number) => {
  const start = process.cpuUsage();
  let x = 0;
  for (;;) {
    for (let k = 0; k < 10_000; k++) x += Math.sqrt(x + 1);
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1e6 >= seconds) return x;
  }
};

describe.runIf(process.platform === "linux")("processTreeCpuSeconds", () => {
  it("counts this process's CPU time", () => {
    const before = processTreeCpuSeconds(process.pid)!;
    burn(0.3);
    const after = processTreeCpuSeconds(process.pid)!;
    // The whole process (vitest's threads too) used at least the 0.3 s burnt, in 1/100 s ticks.
    expect(after - before).toBeGreaterThanOrEqual(0.28);
    expect(after - before).toBeLessThan(5);
  });

  it("adds the CPU time of child processes", async () => {
    // The child spends 0.3 s of its own CPU time, says so, then waits to be killed.
    const child = spawn(
      process.execPath,
      [
        "-e",
        "const s=process.cpuUsage();let x=0;" +
          "while((process.cpuUsage(s).user+process.cpuUsage(s).system)<3e5)x+=Math.sqrt(x+1);" +
          "console.log('done');setTimeout(()=>{},30000)",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve) => child.stdout!.on("data", () => resolve()));
      const withChild = processTreeCpuSeconds(process.pid)!;
      const alone = processTreeCpuSeconds(child.pid!)!;
      expect(alone).toBeGreaterThanOrEqual(0.28);
      expect(withChild).toBeGreaterThanOrEqual(alone);
    } finally {
      child.kill();
    }
  });

  it("is null for a process that does not exist", () => {
    expect(processTreeCpuSeconds(999_999_999)).toBeNull();
  });
});
