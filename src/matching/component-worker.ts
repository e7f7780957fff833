import { parentPort } from "node:worker_threads";
import type { ComponentProblem } from "./domain/component-problem.ts";
import { solutionTransferables } from "./domain/component-problem.ts";
import { solveComponentExactly } from "./domain/solve-component.ts";

/** Solves the batches of components it is sent and sends back each solution (arrays transferred). */
parentPort!.on("message", (message: { batch: number; problems: ComponentProblem[] }) => {
  const results = message.problems.map(solveComponentExactly);
  parentPort!.postMessage(
    { batch: message.batch, results },
    results.flatMap((r) => solutionTransferables(r.solution)),
  );
});
