import fs from "node:fs";
import { SingleBar } from "cli-progress";
import { InvalidArgumentError } from "commander";
import { AppError } from "../shared/errors.ts";
import { formatRowErrors, type ImportOutcome } from "../work-items/import/format-import-report.ts";
import type { ImportTable } from "../work-items/import/import-table.ts";

/**
 * What several `maeul` subcommands share: reading the file named on the command line, printing
 * an all-or-nothing import's report the same way for every import (work items, participations,
 * demand records), a progress bar for long jobs and whole-number option parsing.
 */

/** The bytes of a file named on the command line; a missing or unreadable one is a 400, not a stack trace. */
export function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new AppError("bad_request", {
      ko: `파일을 읽을 수 없습니다: ${file}`,
      en: `Cannot read the file: ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    });
  }
}

/**
 * Prints an import's report: the file and its rows, any ignored columns, then either every bad
 * row (on stderr) and a validation_failed error (exit code 1), or the outcome line.
 */
export function printImportReport<R extends ImportOutcome & { ignoredColumns: readonly string[] }>(
  file: string,
  table: ImportTable,
  report: R,
  summarize: (report: R) => { ko: string; en: string },
): void {
  const source = table.format === "csv" ? `CSV, ${table.encoding}` : "XLSX";
  console.log(`${file} (${source}): ${report.rows}행 / ${report.rows} rows`);
  if (report.ignoredColumns.length > 0) {
    console.log(
      `알 수 없는 열은 무시했습니다 / Ignored unknown columns: ${report.ignoredColumns.join(", ")}`,
    );
  }
  if (report.errors.length > 0) {
    for (const line of formatRowErrors(report)) console.error(line);
    throw new AppError("validation_failed", summarize(report));
  }
  const summary = summarize(report);
  console.log(`${summary.ko}\n${summary.en}`);
}

/**
 * A progress bar on stderr that appears with the first update (when the total is known), and
 * only on a terminal (and when `show`), so that piped output stays clean.
 */
export function progressBar(format: string, show = true) {
  if (!show || !process.stderr.isTTY) return { update: (_d: number, _t: number) => {}, stop: () => {} };
  const bar = new SingleBar({ stream: process.stderr, format, hideCursor: true });
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** A commander option parser for a whole number from 1 (to `max`, when given). */
export function wholeNumberOption(max?: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || (max !== undefined && n > max)) {
      throw new InvalidArgumentError(
        max === undefined ? "a whole number ≥ 1" : `a whole number from 1 to ${max}`,
      );
    }
    return n;
  };
}

/** `--regions pilot | all | 11620,41630`: which districts a seed or a backtest covers. */
export function regionsOption(value: string): "pilot" | "all" | string[] {
  if (value === "pilot" || value === "all") return value;
  const codes = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length === 0 || codes.some((c) => !/^\d{5}$/.test(c))) {
    throw new InvalidArgumentError(
      'use "pilot", "all" or comma-separated 5-digit 시군구 codes, e.g. 11620,41630',
    );
  }
  return codes;
}
