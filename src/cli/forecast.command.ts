import fs from "node:fs";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { ForecastInput } from "../forecasting/domain/forecast-types.ts";
import { MODEL_NAMES } from "../forecasting/domain/models/index.ts";
import {
  FREQUENCIES,
  MAX_HORIZON,
  SEASON_LENGTH,
  type TForecastOutputRow,
  ZForecastOptions,
} from "../forecasting/forecast-file.schema.ts";
import { forecastRows, formatForecastOutput, parseForecastInput } from "../forecasting/forecast-file.ts";
import { forecastInWorkers } from "../forecasting/forecast-in-workers.ts";
import { AppError, type FieldError, validationFailed } from "../shared/errors.ts";
import { toFieldErrors } from "../shared/validation/field-errors.ts";
import { decodeText } from "../work-items/import/decode-text.ts";

/** Notes printed per run; the rest are counted. */
const MAX_NOTES_PRINTED = 10;

interface ForecastCliOptions {
  input?: string;
  output?: string;
  horizon?: string;
  frequency?: string;
  model?: string;
  threads?: string;
}

/**
 * `maeul forecast --input series.csv --horizon H --output forecasts.csv`: forecasts every series
 * of any CSV (series_id, period, value) with the chosen model and writes the means and 80%/95%
 * intervals. Returns the `forecast` command so that subcommands (backtest) can hang from it.
 */
export function registerForecastCommand(program: Command): Command {
  return program
    .command("forecast")
    .description(
      "Forecast monthly or quarterly series from a CSV file (series_id, period, value) and write " +
        "forecasts.csv (series_id, period, mean, lo80, hi80, lo95, hi95, model)",
    )
    .option(
      "--input <file>",
      "series.csv: columns series_id, period (YYYY-MM or YYYY-Qn), value (empty = missing)",
    )
    .option("--output <file>", "where to write forecasts.csv")
    .option("--horizon <n>", `periods to forecast, 1–${MAX_HORIZON}`)
    .option("--frequency <f>", `${FREQUENCIES.join(" | ")} (default: read from the periods)`)
    .option("--model <name>", `${MODEL_NAMES.join(" | ")}`, "combination")
    .option("--threads <n>", "worker threads for many series (default: one per core)")
    .action(async (raw: ForecastCliOptions) => {
      const started = performance.now();
      const missing: FieldError[] = (["input", "output", "horizon"] as const)
        .filter((name) => raw[name] === undefined)
        .map((name) => ({
          field: `--${name}`,
          reason: "required",
          messageKo: "필수 옵션입니다.",
          messageEn: "This option is required.",
        }));
      const parsed = ZForecastOptions.safeParse(raw);
      const fields = [
        ...missing,
        ...(parsed.success
          ? []
          : toFieldErrors(parsed.error.issues, raw)
              .filter((f) => !missing.some((m) => m.field === `--${f.field}`))
              .map((f) => ({ ...f, field: `--${f.field}` }))),
      ];
      if (fields.length > 0 || !parsed.success) throw validationFailed(fields);
      const options = parsed.data;
      const input = raw.input!;
      const output = raw.output!;

      const { frequency, series } = parseForecastInput(readText(input), {
        source: input,
        frequency: options.frequency,
      });
      const inputs: ForecastInput[] = series.map((s) => ({
        values: s.values,
        seasonLength: SEASON_LENGTH[frequency],
        horizon: options.horizon,
      }));

      const bar = progressBar(inputs.length);
      const results = await forecastInWorkers(inputs, {
        models: [options.model],
        threads: options.threads,
        onProgress: (done) => bar?.update(done),
      });
      bar?.stop();

      const rows: TForecastOutputRow[] = [];
      const notes: string[] = [];
      const failures: FieldError[] = [];
      results.forEach((result, i) => {
        const s = series[i]!;
        if (!result.ok) {
          failures.push({
            field: `series ${s.id} (line ${s.line})`,
            reason: result.reason,
            messageKo: `예측할 수 없습니다: ${result.message}`,
            messageEn: `Cannot forecast: ${result.message}`,
          });
          return;
        }
        const forecast = result.forecasts[options.model]!;
        rows.push(...forecastRows(s, frequency, forecast));
        const said = [
          ...(s.gaps > 0 ? [`${s.gaps} period(s) without a row read as missing`] : []),
          ...forecast.notes,
        ];
        if (said.length > 0) notes.push(`${s.id}: ${said.join("; ")}`);
      });
      if (failures.length > 0) {
        throw new AppError(
          "unprocessable",
          {
            ko: `${input}: 예측하지 못한 계열이 있습니다.`,
            en: `${input}: some series could not be forecast.`,
          },
          failures,
        );
      }
      try {
        fs.writeFileSync(output, formatForecastOutput(rows));
      } catch (error) {
        throw new AppError("bad_request", {
          ko: `결과 파일을 쓸 수 없습니다: ${output}`,
          en: `Cannot write the output file: ${output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        });
      }
      for (const note of notes.slice(0, MAX_NOTES_PRINTED)) console.error(`note: ${note}`);
      if (notes.length > MAX_NOTES_PRINTED)
        console.error(`note: … and ${notes.length - MAX_NOTES_PRINTED} more series with notes`);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(
        `${series.length} series (${frequency === "month" ? "monthly" : "quarterly"}) · horizon ${options.horizon} · ` +
          `model ${options.model} · ${notes.length} with notes · ${seconds} s → ${output}`,
      );
    });
}

/** On a terminal for more than a handful of series; elsewhere (logs, CI) only for long runs, as plain lines. */
function progressBar(total: number): SingleBar | null {
  const tty = Boolean(process.stderr.isTTY);
  if (!(tty ? total >= 20 : total >= 1000)) return null;
  const bar = new SingleBar({
    stream: process.stderr,
    format: "forecasting [{bar}] {percentage}% · {value}/{total} series · {eta_formatted} left",
    noTTYOutput: !tty,
    notTTYSchedule: 5000,
    hideCursor: tty,
  });
  bar.start(total, 0);
  return bar;
}

function readText(file: string): string {
  try {
    return decodeText(fs.readFileSync(file)).text;
  } catch (error) {
    throw new AppError("bad_request", {
      ko: `파일을 읽을 수 없습니다: ${file}`,
      en: `Cannot read the file: ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    });
  }
}
