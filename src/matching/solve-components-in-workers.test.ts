import { describe, expect, it } from "vitest";
import { solveAllocation } from "./domain/solve-allocation.ts";
import { syntheticInstance } from "./domain/synthetic-instance.ts";
import { componentsInWorkers } from "./solve-components-in-workers.ts";

describe("componentsInWorkers", () => {
  it("solves on worker threads exactly what is solved inline, byte for byte", async () => {
    const shape = {
      regions: 12,
      peoplePerRegion: 300,
      slotsPerRegion: 60,
      candidates: 12,
      maxSlotCapacity: 8,
    };
    const inline = await solveAllocation(syntheticInstance(shape, 7));
    const threaded = await solveAllocation(
      syntheticInstance(shape, 7),
      componentsInWorkers({ threads: 2, minEdges: 0, batchEdges: 1 }),
    );
    expect(threaded.stats.components).toBe(12);
    expect(inline.optimal).toBe(true);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(inline));
  }, 60_000);
});
