import { quotaTargets } from "./domain/quota-targets.ts";
import { solveAllocation } from "./domain/solve-allocation.ts";
import { splitComponents } from "./domain/split-components.ts";
import { syntheticInstance } from "./domain/synthetic-instance.ts";
import { loadHighsPeer, solveWithHighs } from "./highs-peer.ts";
import { componentsInWorkers } from "./solve-components-in-workers.ts";

/**
 * Optimal allocation on a synthetic instance shaped like the national one (1M applicants, about
 * 200k slots, 20 candidate slots each, 230 regions), scaled by MAEUL_BENCH_MATCH_PEOPLE (default
 * 100,000). Peer: HiGHS on each region's LP, one after another, timed in the same run; both
 * objectives are printed and must agree. Slot capacities 1–9 make the market about balanced, the
 * hardest case for the solver (every good slot is contested). MAEUL_BENCH_MATCH_PEER=off skips
 * the peer (at 1M it takes many minutes).
 */
export async function allocationBench() {
  const people = Number(process.env.MAEUL_BENCH_MATCH_PEOPLE ?? 100_000);
  const regions = Math.max(1, Math.round((people / 1_000_000) * 230));
  const shape = {
    regions,
    peoplePerRegion: Math.round(people / regions),
    slotsPerRegion: Math.round(people / regions / 5),
    candidates: 20,
    maxSlotCapacity: 9,
  };
  const instance = syntheticInstance(shape, 1);
  console.log(
    `${instance.personIds.length.toLocaleString("en")} applicants, ${instance.slotIds.length.toLocaleString("en")} slots, ` +
      `${instance.edgeSlot.length.toLocaleString("en")} candidate links, ${regions} regions`,
  );

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await solveAllocation(instance, componentsInWorkers());
  const ours = (performance.now() - started) / 1000;
  const oursCpu = cpuSeconds(process.cpuUsage(cpuStarted));
  clearInterval(sampler);
  console.log(
    `maeul (auction + successive shortest paths, worker threads): ${ours.toFixed(2)} s wall, ${oursCpu.toFixed(2)} s CPU, objective ${result.objective.toFixed(3)}, ` +
      `optimal ${result.optimal} (relative gap ${result.stats.verification.relativeGap.toExponential(1)}), ` +
      `peak RSS of the main thread's process ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
  );

  if (process.env.MAEUL_BENCH_MATCH_PEER === "off") {
    console.log("peer: skipped (MAEUL_BENCH_MATCH_PEER=off)");
    return;
  }
  const highs = await loadHighsPeer();
  const { targets } = quotaTargets(instance);
  const split = splitComponents(instance, targets);
  let peerObjective = 0;
  const peerStarted = performance.now();
  const peerCpuStarted = process.cpuUsage();
  for (const problem of split.problems) {
    const peer = solveWithHighs(highs, problem);
    if (peer.status !== "optimal") throw new Error(`HiGHS: ${peer.status}`);
    peerObjective += peer.objective;
  }
  const peerSeconds = (performance.now() - peerStarted) / 1000;
  const peerCpu = cpuSeconds(process.cpuUsage(peerCpuStarted));
  const gap = Math.abs(peerObjective - result.objective) / Math.max(1, Math.abs(peerObjective));
  console.log(
    `peer: HiGHS 1.15 per region (LP, one thread): ${peerSeconds.toFixed(2)} s wall, ${peerCpu.toFixed(2)} s CPU, objective ${peerObjective.toFixed(3)}; ` +
      `relative difference ${gap.toExponential(1)}; maeul takes ${((ours / peerSeconds) * 100).toFixed(0)}% of HiGHS's wall time`,
  );
}

/** CPU time of the whole process, worker threads included: steadier than wall time on a busy machine. */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}
