import fs from "node:fs";
import type { Command } from "commander";
import { formatAllocationResult, parseAllocationProblem } from "../matching/allocation-file.ts";
import { solveAllocation } from "../matching/domain/solve-allocation.ts";
import { componentsInWorkers } from "../matching/solve-components-in-workers.ts";
import { AppError } from "../shared/errors.ts";

export function registerMatchCommands(program: Command) {
  const match = program.command("match").description("Matching: optimal allocation of people to work slots");

  match
    .command("solve")
    .description(
      "Solve an allocation problem file exactly (maximise the total score within capacities, with soft group " +
        "quotas) and write the result: assignments, objective, proof of optimality, group figures, reasons",
    )
    .requiredOption("--input <file>", 'problem.json: {"people":[…], "slots":[…], "edges":[…], "quotas"?:[…]}')
    .requiredOption("--output <file>", "where to write result.json")
    .option("--pretty", "indent the result JSON")
    .option("--threads <n>", "worker threads for large problems (default: one per core)", parseThreads)
    .action(async (options: { input: string; output: string; pretty?: boolean; threads?: number }) => {
      const started = performance.now();
      const instance = parseAllocationProblem(readText(options.input), options.input);
      const result = await solveAllocation(instance, componentsInWorkers({ threads: options.threads }));
      try {
        fs.writeFileSync(options.output, formatAllocationResult(result, { pretty: options.pretty }));
      } catch (error) {
        throw new AppError("bad_request", {
          ko: `결과 파일을 쓸 수 없습니다: ${options.output}`,
          en: `Cannot write the result file: ${options.output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        });
      }
      const s = result.stats;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(
        `people ${s.people} · slots ${s.slots} · edges ${s.edges} · assigned ${s.assignedPeople} · ` +
          `objective ${result.objective} · optimal ${result.optimal ? "yes" : "NO"} ` +
          `(gap ${s.verification.gap.toExponential(2)}) · ${s.components} components · ${seconds} s → ${options.output}`,
      );
    });
}

function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new AppError("bad_request", {
      ko: `--threads 값은 1에서 64 사이의 정수여야 합니다: ${value}`,
      en: `--threads must be an integer from 1 to 64: ${value}`,
    });
  }
  return n;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new AppError("bad_request", {
      ko: `파일을 읽을 수 없습니다: ${file}`,
      en: `Cannot read the file: ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    });
  }
}
