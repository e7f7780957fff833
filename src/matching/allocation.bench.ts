import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { greedyAllocation } from "./domain/greedy-allocation.ts";
import { quotaTargets } from "./domain/quota-targets.ts";
import { OPTIMALITY_TOLERANCE, solveAllocation } from "./domain/solve-allocation.ts";
import { splitComponents } from "./domain/split-components.ts";
import { syntheticInstance } from "./domain/synthetic-instance.ts";
import { type Highs, loadHighsPeer, solveWithHighs } from "./highs-peer.ts";
import { componentsInWorkers } from "./solve-components-in-workers.ts";

/**
 * `npm run bench -- match`: the optimal allocation at national scale (issue 5, deliverables 5–6).
 * For each size (MAEUL_BENCH_MATCH_SIZES, default "10k,100k,1M"; MAEUL_BENCH_MATCH_PEOPLE still
 * picks one size) it builds one deterministic instance shaped like the national one — regions of
 * about 4,350 applicants (230 at 1M), 20 candidate slots each inside the applicant's region, a
 * slot per five applicants with capacity 1–5 (0.6 positions per applicant, so every good slot is
 * contested), scores of priority + slot appeal + personal fit — and runs on it, in this
 * process: Maeul's solver (components on worker threads), the greedy baseline (links sorted by
 * score) and the peer, HiGHS on each region's LP one after another on one thread
 * (MAEUL_BENCH_MATCH_PEER=off skips it; at 1M it takes minutes). Then it checks the targets.
 * Sizes run smallest first, and each size's instance is dropped before the next is built.
 */
export async function allocationBench() {
  const sizes = benchSizes();
  const peerOn = process.env.MAEUL_BENCH_MATCH_PEER !== "off";
  const memory = peakMemoryMeter();
  const collect = garbageCollector();
  console.log(
    `sizes ${sizes.map((n) => n.toLocaleString("en")).join(", ")}; ${os.availableParallelism()} cores, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}; peer ${peerOn ? "on" : "off (MAEUL_BENCH_MATCH_PEER=off)"}; ` +
      `peak memory: ${memory.method}; garbage collected before each run: ${collect ? "yes" : "no (left to V8)"}`,
  );
  const highs = peerOn ? await loadHighsPeer() : undefined;
  for (const people of sizes) {
    collect?.();
    await benchSize(people, highs, memory, collect);
  }
}

interface MethodRun {
  method: string;
  wall: number;
  cpu: number;
  peakBytes: number;
  objective: number;
  optimal: string;
}

async function benchSize(
  size: number,
  highs: Highs | undefined,
  memory: PeakMemoryMeter,
  collect: (() => void) | undefined,
): Promise<void> {
  const regions = Math.max(1, Math.round((size / 1_000_000) * 230));
  const shape = {
    regions,
    peoplePerRegion: Math.round(size / regions),
    slotsPerRegion: Math.round(size / regions / 5),
    candidates: 20,
    maxSlotCapacity: 5,
  };
  const built = performance.now();
  let instance: ReturnType<typeof syntheticInstance> | undefined = syntheticInstance(shape, 1);
  const buildSeconds = (performance.now() - built) / 1000;
  let positions = 0;
  for (const c of instance.slotCapacity) positions += c;
  console.log(
    `\n### ${label(size)} applicants: ${instance.personIds.length.toLocaleString("en")} applicants, ` +
      `${instance.slotIds.length.toLocaleString("en")} slots (${positions.toLocaleString("en")} positions), ` +
      `${instance.edgeSlot.length.toLocaleString("en")} candidate links, ${regions} regions; built in ${buildSeconds.toFixed(1)} s; ` +
      `process RSS with the instance ${mib(process.memoryUsage().rss)} MiB`,
  );

  const runs: MethodRun[] = [];
  const measure = async <T>(run: () => Promise<T> | T) => {
    collect?.();
    memory.start();
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const value = await run();
    const wall = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(process.cpuUsage(cpuStarted));
    return { value, wall, cpu, peakBytes: memory.stop() };
  };

  const maeul = await measure(() => solveAllocation(instance!, componentsInWorkers()));
  const verification = maeul.value.stats.verification;
  const maeulRun: MethodRun = {
    method: "Maeul (auction + successive shortest paths, worker threads)",
    wall: maeul.wall,
    cpu: maeul.cpu,
    peakBytes: maeul.peakBytes,
    objective: maeul.value.objective,
    optimal: `${maeul.value.optimal ? "yes" : "no"} (dual gap ${verification.relativeGap.toExponential(1)})`,
  };
  runs.push(maeulRun);
  const maeulStats = maeul.value.stats;
  console.log(
    `Maeul: ${maeulStats.components} components (largest ${maeulStats.largestComponent.edges.toLocaleString("en")} links), ` +
      `${maeulStats.assignedUnits.toLocaleString("en")} positions filled, ${maeulStats.unassignedPeople.toLocaleString("en")} applicants unassigned`,
  );
  // Only the figures are kept: the result's per-person lists would weigh on the runs after it.
  maeul.value = undefined as never;

  const greedy = await measure(() => greedyAllocation(instance!));
  runs.push({
    method: "greedy baseline (links sorted by score)",
    wall: greedy.wall,
    cpu: greedy.cpu,
    peakBytes: greedy.peakBytes,
    objective: greedy.value.objective,
    optimal: "—",
  });
  console.log(`greedy: ${greedy.value.assignedUnits.toLocaleString("en")} positions filled`);
  greedy.value = undefined as never;

  let peerRun: MethodRun | undefined;
  if (highs) {
    // Splitting into regions is left out of HiGHS's time (Maeul's time includes its own split).
    const split = splitComponents(instance, quotaTargets(instance).targets);
    instance = undefined;
    const peer = await measure(() => {
      let objective = 0;
      for (const problem of split.problems) {
        const solved = solveWithHighs(highs, problem);
        if (solved.status !== "optimal") throw new Error(`HiGHS: ${solved.status}`);
        objective += solved.objective;
      }
      return objective;
    });
    peerRun = {
      method: `HiGHS per region (LP, one thread; npm highs ${HIGHS_VERSION})`,
      wall: peer.wall,
      cpu: peer.cpu,
      peakBytes: peer.peakBytes,
      objective: peer.value,
      optimal: "yes (simplex optimal status)",
    };
    runs.push(peerRun);
  }
  instance = undefined;

  printTable(runs);
  printTargets(size, maeulRun, peerRun);
}

function printTable(runs: MethodRun[]) {
  const best = Math.max(...runs.map((r) => r.objective));
  const rows = runs.map((r) => [
    r.method,
    r.wall.toFixed(2),
    r.cpu.toFixed(2),
    mib(r.peakBytes).toLocaleString("en"),
    r.objective.toFixed(3),
    r.objective === best ? "0" : relativeGap(best, r.objective).toExponential(2),
    r.optimal,
  ]);
  printMarkdownTable(
    ["method", "wall s", "CPU s", "peak RSS MiB", "objective", "gap to best", "optimal proven"],
    rows,
    [false, true, true, true, true, true, false],
  );
}

function printTargets(size: number, maeul: MethodRun, peer: MethodRun | undefined) {
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const lines: string[] = [];
  if (peer) {
    const difference = Math.abs(maeul.objective - peer.objective) / Math.max(1, Math.abs(peer.objective));
    lines.push(
      `${verdict(difference <= OPTIMALITY_TOLERANCE)}  objective equal to HiGHS's (relative difference ${difference.toExponential(1)} ≤ 1e-9)`,
    );
    if (size >= 100_000) {
      const share = maeul.wall / peer.wall;
      lines.push(
        `${verdict(share <= 0.5)}  Maeul's wall time at most half of HiGHS per region's (${(share * 100).toFixed(1)}%; ` +
          `CPU ${((maeul.cpu / peer.cpu) * 100).toFixed(1)}%)`,
      );
    }
  } else {
    lines.push("—     objective equal to HiGHS's: not checked (peer off)");
    if (size >= 100_000) lines.push("—     Maeul's time at most half of HiGHS's: not checked (peer off)");
  }
  if (size >= 1_000_000) {
    lines.push(`${verdict(maeul.wall <= 30)}  1M solved in ≤ 30 s (${maeul.wall.toFixed(2)} s wall)`);
    lines.push(
      `${verdict(maeul.peakBytes <= 4e9)}  peak memory ≤ 4 GB (${mib(maeul.peakBytes).toLocaleString("en")} MiB = ` +
        `${(maeul.peakBytes / 1e9).toFixed(2)} GB, whole process with the instance, during Maeul's run)`,
    );
  }
  console.log(`\ntargets (issue 5) at ${label(size)}:\n${lines.map((l) => `  ${l}`).join("\n")}`);
}

/** Sizes from MAEUL_BENCH_MATCH_SIZES ("10k,100k,1M"), else MAEUL_BENCH_MATCH_PEOPLE, smallest first. */
function benchSizes(): number[] {
  const variable = process.env.MAEUL_BENCH_MATCH_SIZES
    ? "MAEUL_BENCH_MATCH_SIZES"
    : process.env.MAEUL_BENCH_MATCH_PEOPLE
      ? "MAEUL_BENCH_MATCH_PEOPLE"
      : undefined;
  const sizes = (variable && process.env[variable]) || "10k,100k,1M";
  const parsed = sizes.split(",").map((text) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$/.exec(text.replaceAll("_", ""));
    const n = match ? Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1) : Number.NaN;
    if (!Number.isInteger(n) || n < 10) {
      throw new Error(`${variable}: "${text}" is not a number of applicants (e.g. 10k, 100k, 1M, 250000).`);
    }
    return n;
  });
  return [...new Set(parsed)].sort((a, b) => a - b);
}

interface PeakMemoryMeter {
  method: string;
  start(): void;
  /** Peak resident memory of the whole process since start(), in bytes. */
  stop(): number;
}

/**
 * Peak resident memory of the whole process, worker threads included (threads share the process's
 * memory, and process.memoryUsage().rss is the process's RSS). On Linux the kernel keeps the
 * exact high-water mark (VmHWM), which writing 5 to /proc/self/clear_refs resets, so each run gets
 * its own peak; elsewhere RSS is sampled every 20 ms, which can miss a short peak.
 */
function peakMemoryMeter(): PeakMemoryMeter {
  const highWaterMark = (): number | undefined => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
      return match ? Number(match[1]) * 1024 : undefined;
    } catch {
      return undefined;
    }
  };
  const resetHighWaterMark = (): boolean => {
    try {
      fs.writeFileSync("/proc/self/clear_refs", "5");
      return true;
    } catch {
      return false;
    }
  };
  const exact = highWaterMark() !== undefined && resetHighWaterMark();
  let peak = 0;
  let sampler: NodeJS.Timeout | undefined;
  return {
    method: exact
      ? "kernel high-water mark of the whole process (VmHWM, reset per run), worker threads included"
      : "process RSS sampled every 20 ms (worker threads included)",
    start() {
      if (exact) resetHighWaterMark();
      peak = process.memoryUsage().rss;
      sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
    },
    stop() {
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      return exact ? Math.max(peak, highWaterMark() ?? 0) : peak;
    },
  };
}

function printMarkdownTable(header: string[], rows: string[][], alignRight: boolean[]) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => (alignRight[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, c) => (alignRight[c] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`,
  );
  for (const row of rows) console.log(line(row));
}

const HIGHS_VERSION: string = (() => {
  try {
    // The package exports no package.json; it sits one folder above the entry point.
    const entry = createRequire(import.meta.url).resolve("highs");
    const file = path.join(path.dirname(entry), "..", "package.json");
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
})();

/**
 * A full collection before each run, so that one run's garbage does not count in the next run's
 * peak: global.gc when node runs with --expose-gc, otherwise the flag is turned on now (V8 then
 * exposes gc to contexts created afterwards). Undefined if neither works; the runs still go.
 */
function garbageCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

function relativeGap(best: number, objective: number): number {
  return (best - objective) / Math.max(1, Math.abs(best));
}

function label(size: number): string {
  if (size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  if (size % 1_000 === 0) return `${size / 1_000}k`;
  return size.toLocaleString("en");
}

function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

/** CPU time of the whole process, worker threads included: steadier than wall time on a busy machine. */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}
