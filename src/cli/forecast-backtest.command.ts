import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { PILOT_DISTRICT_CODES } from "../demo/pilot-districts.ts";
import type { BacktestResult } from "../forecasting/domain/backtest.ts";
import type { HistoryLooResult, LevelErrors } from "../forecasting/domain/cold-start-validation.ts";
import { monthOfDate } from "../forecasting/domain/months.ts";
import {
  formatDemandImportSummary,
  importDemandObservations,
} from "../forecasting/import/import-demand-observations.ts";
import { checkDemandImportShape } from "../forecasting/import/validate-demand-rows.ts";
import {
  type DemandSeries,
  loadDemandSeriesFromDb,
  loadDemandSeriesFromFiles,
  type SeriesFilter,
  seriesSpan,
} from "../forecasting/load-demand-series.ts";
import { refreshPlatformDemand } from "../forecasting/refresh-platform-demand.ts";
import { backtestDemandSeries } from "../forecasting/run-backtest.ts";
import {
  type SeniorJobValidation,
  validateColdStartOnSeniorJobs,
  validateColdStartOnSeries,
} from "../forecasting/validate-cold-start.ts";
import { AppError } from "../shared/errors.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import { readImportTable } from "../work-items/import/read-import-file.ts";
import { printImportReport, progressBar, readFile, regionsOption, wholeNumberOption } from "./cli-support.ts";
import { withDatabase } from "./with-database.ts";

/**
 * The demand-data subcommands of `maeul forecast` (the generic file interface is
 * forecast.command.ts): `backtest`, `coldstart-validate`, `import`, `aggregate`. They hang from
 * the existing `forecast` command, or create it when it is absent.
 */
export function registerForecastDataCommands(program: Command) {
  const forecast =
    program.commands.find((c) => c.name() === "forecast") ??
    program.command("forecast").description("Demand forecasting");
  // `forecast backtest --horizon 6`: the subcommand's options, not the parent's of the same name.
  forecast.enablePositionalOptions();

  forecast
    .command("backtest")
    .description(
      "Rolling-origin backtest of every model on the demand history: MASE, sMAPE and 80/95% interval coverage per model and category, beside seasonal naive",
    )
    .option(
      "--regions <which>",
      '"pilot" (default), "all", or comma-separated 5-digit 시군구 codes',
      regionsOption,
      "pilot",
    )
    .option("--categories <list>", `comma-separated: ${WORK_CATEGORIES.join(", ")}`, parseCategories)
    .option("--step <months>", "months between origins", positiveInt, 3)
    .option("--window <months>", "the first origin lies this many months before the end", positiveInt, 24)
    .option("--horizon <months>", "months forecast from each origin", positiveInt, 12)
    .option("--threads <n>", "worker threads (default: one per core)", positiveInt)
    .option("--demo-files", "run on the synthetic demo history generated from the data files (no database)")
    .action(async (options: BacktestCliOptions) => {
      const filter = seriesFilter(options);
      const series = options.demoFiles
        ? loadDemandSeriesFromFiles(filter)
        : await withDatabase((d) => loadDemandSeriesFromDb(d.db, monthOfDate(new Date()) - 1, filter));
      requireSeries(series);
      const bar = progressBar(
        "backtest [{bar}] {value}/{total} cuts | {eta_formatted} left",
        series.length > 200,
      );
      const result = await backtestDemandSeries(series, {
        step: options.step,
        window: options.window,
        horizon: options.horizon,
        ...(options.threads ? { threads: options.threads } : {}),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      console.log(describeData(series, options.demoFiles === true));
      for (const line of formatBacktest(result, options)) console.log(line);
    });

  forecast
    .command("coldstart-validate")
    .description(
      "Leave-one-region-out check of the cold-start model: on the demand history and on the real 2022 senior-job counts per 시군구, against a per-capita baseline",
    )
    .option(
      "--demo-files",
      "use the synthetic demo history generated from the data files for the first check",
    )
    .action(async (options: { demoFiles?: boolean }) => {
      const started = performance.now();
      const { series, seniorJobs } = await withDatabase(async (d) => ({
        series: options.demoFiles
          ? loadDemandSeriesFromFiles()
          : await loadDemandSeriesFromDb(d.db, monthOfDate(new Date()) - 1),
        seniorJobs: await validateColdStartOnSeniorJobs(d.db),
      }));
      requireSeries(series);
      console.log(describeData(series, options.demoFiles === true));
      for (const line of formatHistoryLoo(validateColdStartOnSeries(series))) console.log(line);
      for (const line of formatSeniorJobLoo(seniorJobs)) console.log(line);
      console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
    });

  forecast
    .command("import")
    .description(
      "Import monthly demand records (CSV UTF-8/cp949 or XLSX; Korean or English headers: 시군구코드, 분야, 연월, 요청시간 [, 게시일감수, 충원일감수, 미충족요청]); every row checked, all or nothing",
    )
    .requiredOption("--file <file>", "the .csv or .xlsx file")
    .option("--dry-run", "check every row and report, but write nothing")
    .action(async (options: { file: string; dryRun?: boolean }) => {
      const table = await readImportTable(readFile(options.file), options.file);
      checkDemandImportShape(table);
      const report = await withDatabase((d) =>
        importDemandObservations(d.db, table, {
          now: new Date(),
          dryRun: options.dryRun === true,
          fileName: path.basename(options.file),
        }),
      );
      printImportReport(options.file, table, report, formatDemandImportSummary);
    });

  forecast
    .command("aggregate")
    .description(
      "Recompute the platform's own demand observations from its work items (region × category × month)",
    )
    .action(async () => {
      const result = await withDatabase((d) =>
        refreshPlatformDemand(d.db, { today: new Date().toISOString().slice(0, 10) }),
      );
      console.log(
        `플랫폼 수요 ${result.rows}건 (시군구 ${result.regions}곳) / ${result.rows} platform observations in ${result.regions} districts`,
      );
    });
}

interface BacktestCliOptions {
  regions: "pilot" | "all" | string[];
  categories?: WorkCategory[];
  step: number;
  window: number;
  horizon: number;
  threads?: number;
  demoFiles?: boolean;
}

function seriesFilter(options: {
  regions: BacktestCliOptions["regions"];
  categories?: WorkCategory[];
}): SeriesFilter {
  return {
    regionCodes:
      options.regions === "all"
        ? undefined
        : options.regions === "pilot"
          ? PILOT_DISTRICT_CODES
          : options.regions,
    categories: options.categories,
  };
}

function requireSeries(series: readonly DemandSeries[]) {
  if (series.length === 0) {
    throw new AppError("not_found", {
      ko: "수요 기록이 없습니다. `npx maeul db seed`로 데모 이력을 넣거나 `npx maeul forecast import --file ...`로 가져오세요 (또는 --demo-files).",
      en: "No demand observations. Seed the demo history with `npx maeul db seed`, import records with `npx maeul forecast import --file ...`, or use --demo-files.",
    });
  }
}

function describeData(series: readonly DemandSeries[], demoFiles: boolean): string {
  const regions = new Set(series.map((s) => s.regionCode)).size;
  const where = demoFiles ? "synthetic demo history from the data files" : "demand_observations";
  return `${series.length} series (${regions} 시군구), ${seriesSpan(series)}, from ${where}`;
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
const pct = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(0)}%` : "-");

/** The backtest table: every model beside seasonal naive, per category and overall. */
export function formatBacktest(
  result: BacktestResult & { seconds?: number },
  options: { step: number; window: number },
): string[] {
  const lines = [
    `rolling origin: up to ${result.origins} origins per series (every ${options.step} months over the last ${options.window}), horizon ≤ ${result.horizon}; ${result.scores.find((s) => s.category === "all")?.forecasts ?? 0} forecasts per model; ${result.skipped} cuts skipped`,
    "",
    `${pad("category", 14)} ${pad("model", 15)} ${pad("MASE", 7)} ${pad("sNaive", 7)} ${pad("rel.MASE", 9)} ${pad("sMAPE%", 7)} ${pad("cov80", 6)} ${pad("cov95", 6)} n`,
  ];
  const baselineOf = new Map(
    result.scores.filter((s) => s.model === result.baseline).map((s) => [s.category, s.mase]),
  );
  let previous = "";
  for (const s of result.scores) {
    if (previous && s.category !== previous) lines.push("");
    previous = s.category;
    lines.push(
      `${pad(s.category, 14)} ${pad(s.model, 15)} ${pad(num(s.mase), 7)} ${pad(num(baselineOf.get(s.category) ?? Number.NaN), 7)} ${pad(num(s.relativeMase), 9)} ${pad(num(s.smape, 1), 7)} ${pad(pct(s.coverage80), 6)} ${pad(pct(s.coverage95), 6)} ${s.forecasts}`,
    );
  }
  const combination = result.scores.find((s) => s.category === "all" && s.model === "combination");
  if (combination) {
    const beats = combination.relativeMase < 1;
    lines.push(
      "",
      `combination vs seasonal naive: relative MASE ${num(combination.relativeMase)} → ${beats ? "the combination beats seasonal naive" : "the combination does NOT beat seasonal naive"}`,
    );
  }
  if (result.seconds !== undefined) lines.push(`(${result.seconds.toFixed(1)} s)`);
  return lines;
}

const errors = (e: LevelErrors) =>
  `${pct(e.medianApe).padStart(5)} ${num(e.rmsle).padStart(6)} ${pct(e.wape).padStart(5)}`;

export function formatHistoryLoo(results: readonly HistoryLooResult[]): string[] {
  return [
    "",
    "Cold start, leave one district out on the demand history (its last 12 months from its demographics alone)",
    "error of the 12-month total: median APE, RMSLE, WAPE; coverage of the monthly 80%/95% intervals",
    `${pad("category", 14)} ${pad("districts", 9)} ${pad("cold-start model", 20)} ${pad("per-capita baseline", 20)} cov80 cov95`,
    ...results.map(
      (r) =>
        `${pad(r.category, 14)} ${pad(String(r.regions), 9)} ${pad(errors(r.model), 20)} ${pad(errors(r.perCapita), 20)} ${pad(pct(r.coverage80), 5)} ${pct(r.coverage95)}`,
    ),
  ];
}

export function formatSeniorJobLoo(results: readonly SeniorJobValidation[]): string[] {
  return [
    "",
    "Cold start, leave one district out on the real 2022 노인일자리 target jobs (한국노인인력개발원; 일반구 merged into their city)",
    "error per district: median APE, RMSLE, WAPE",
    `${pad("project type", 16)} ${pad("units", 6)} ${pad("jobs", 8)} ${pad("model", 20)} ${pad("per-capita", 20)} per-senior(65+)`,
    ...results.map(
      (r) =>
        `${pad(r.type, 16)} ${pad(String(r.result.regions), 6)} ${pad(String(r.jobs), 8)} ${pad(errors(r.result.model), 20)} ${pad(errors(r.result.perCapita), 20)} ${errors(r.result.perSenior)}`,
    ),
  ];
}

function parseCategories(value: string): WorkCategory[] {
  const list = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = list.filter((c) => !(WORK_CATEGORIES as readonly string[]).includes(c));
  if (list.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown categories: ${unknown.join(", ")} (known: ${WORK_CATEGORIES.join(", ")})`,
    );
  }
  return list as WorkCategory[];
}

/** Months and threads: 1 to 120. */
const positiveInt = wholeNumberOption(120);
