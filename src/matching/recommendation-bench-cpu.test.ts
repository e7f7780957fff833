import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { processTreeCpuSeconds } from "./recommendation-bench-cpu.ts";

const burn = (ms: number) => {
  const until = performance.now() + ms;
  let x = 0;
  while (performance.now() < until) x += Math.sqrt(x + 1);
  return x;
};

describe.runIf(process.platform === "linux")("processTreeCpuSeconds", () => {
  it("counts this process's CPU time", () => {
    const before = processTreeCpuSeconds(process.pid)!;
    burn(300);
    const after = processTreeCpuSeconds(process.pid)!;
    expect(after - before).toBeGreaterThan(0.15);
    expect(after - before).toBeLessThan(5);
  });

  it("adds the CPU time of child processes", async () => {
    const child = spawn(process.execPath, [
      "-e",
      "const t=Date.now()+400;while(Date.now()<t);setTimeout(()=>{},5000)",
    ]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const withChild = processTreeCpuSeconds(process.pid)!;
    const alone = processTreeCpuSeconds(child.pid!)!;
    child.kill();
    expect(alone).toBeGreaterThan(0.2);
    expect(withChild).toBeGreaterThanOrEqual(alone);
  });

  it("is null for a process that does not exist", () => {
    expect(processTreeCpuSeconds(999_999_999)).toBeNull();
  });
});
