import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { AppError, type FieldError } from "../shared/errors.ts";
import type { Forecast } from "./domain/forecast-types.ts";
import { FORECAST_OUTPUT_COLUMNS, type Frequency, type TForecastOutputRow } from "./forecast-file.schema.ts";

/** At most this many problems are listed; a mistake repeated on every row says it all early. */
const MAX_FIELD_ERRORS = 20;
/** A longer span is a typo in a year (1024-01), not a series. */
const MAX_SERIES_PERIODS = 1200;
/** Written by R, pandas and spreadsheets for a missing value; read as missing like an empty cell. */
const MISSING = new Set(["", "na", "n/a", "nan", "null", "-"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface InputSeries {
  id: string;
  /** Period index of the first value (year × 12 + month − 1, or year × 4 + quarter − 1). */
  start: number;
  /** One value per period from start, null where the file has no value or no row. */
  values: (number | null)[];
  /** Line of the series' first row, for messages. */
  line: number;
  /** Periods with no row at all between the first and the last. */
  gaps: number;
}

/**
 * series.csv text → series in order of first appearance, each on a complete period grid, or an
 * AppError naming every problem by line and column: missing columns, bad periods, periods of two
 * frequencies, values that are not numbers, a period given twice for one series.
 */
export function parseForecastInput(
  text: string,
  options: { source?: string; frequency?: Frequency } = {},
): { frequency: Frequency; series: InputSeries[] } {
  const source = options.source ?? "series.csv";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError("bad_request", {
      ko: `${source}: CSV 파일을 읽을 수 없습니다${line ? ` (${line}행)` : ""}: ${(error as Error).message}`,
      en: `${source}: cannot read the CSV${line ? ` (line ${line})` : ""}: ${(error as Error).message}`,
    });
  }
  const header = records[0]?.record.map((h) => h.toLowerCase()) ?? [];
  const column = {
    series_id: header.indexOf("series_id"),
    period: header.indexOf("period"),
    value: header.indexOf("value"),
  };
  const absent = Object.entries(column)
    .filter(([, i]) => i < 0)
    .map(([name]) => name);
  if (absent.length > 0) {
    throw new AppError("bad_request", {
      ko: `${source}: 첫 줄에 열 이름 series_id, period, value가 있어야 합니다 (없는 열: ${absent.join(", ")}).`,
      en: `${source}: the first line must name the columns series_id, period, value (missing: ${absent.join(", ")}).`,
    });
  }
  if (records.length < 2) {
    throw new AppError("bad_request", {
      ko: `${source}: 데이터 행이 없습니다.`,
      en: `${source}: no data rows.`,
    });
  }

  const errors: FieldError[] = [];
  const fail = (line: number, col: string, reason: string, ko: string, en: string) => {
    errors.push({ field: `line ${line}, ${col}`, reason, messageKo: ko, messageEn: en });
  };
  let frequency: Frequency | undefined = options.frequency;
  let frequencyLine = 0;
  const bySeries = new Map<
    string,
    { line: number; points: Map<number, { value: number | null; line: number }> }
  >();

  for (const { record, info } of records.slice(1)) {
    if (errors.length >= MAX_FIELD_ERRORS) break;
    const line = info.lines;
    const id = record[column.series_id] ?? "";
    const periodText = record[column.period] ?? "";
    const valueText = record[column.value] ?? "";
    if (id === "") {
      fail(line, "series_id", "required", "series_id가 비어 있습니다.", "series_id is empty.");
      continue;
    }
    const period = parsePeriod(periodText);
    if (!period) {
      fail(
        line,
        "period",
        "invalid_period",
        `기간은 YYYY-MM(월) 또는 YYYY-Qn(분기) 형식이어야 합니다: "${periodText}"`,
        `The period must be YYYY-MM (month) or YYYY-Qn (quarter): "${periodText}"`,
      );
      continue;
    }
    if (!frequency) {
      frequency = period.frequency;
      frequencyLine = line;
    } else if (period.frequency !== frequency) {
      const where = frequencyLine > 0 ? ` (${frequencyLine}행부터 ${label(frequency).ko})` : " (--frequency)";
      const whereEn =
        frequencyLine > 0 ? ` (line ${frequencyLine} set ${label(frequency).en})` : " (--frequency)";
      fail(
        line,
        "period",
        "mixed_frequency",
        `${label(period.frequency).ko} 기간이 ${label(frequency).ko} 파일에 섞여 있습니다: "${periodText}"${where}`,
        `A ${label(period.frequency).en} period in a ${label(frequency).en} file: "${periodText}"${whereEn}`,
      );
      continue;
    }
    let value: number | null = null;
    if (!MISSING.has(valueText.toLowerCase())) {
      const parsed = NUMBER.test(valueText) ? Number(valueText) : Number.NaN;
      if (!Number.isFinite(parsed)) {
        fail(
          line,
          "value",
          "not_a_number",
          `value가 숫자가 아닙니다: "${valueText}" (빈 칸은 결측으로 읽습니다)`,
          `value is not a number: "${valueText}" (leave it empty for a missing value)`,
        );
        continue;
      }
      value = parsed;
    }
    let series = bySeries.get(id);
    if (!series) {
      series = { line, points: new Map() };
      bySeries.set(id, series);
    }
    const earlier = series.points.get(period.index);
    if (earlier) {
      fail(
        line,
        "period",
        "duplicate",
        `series_id "${id}"의 ${periodText}이(가) ${earlier.line}행에 이미 있습니다.`,
        `series_id "${id}" already has ${periodText} at line ${earlier.line}.`,
      );
      continue;
    }
    series.points.set(period.index, { value, line });
  }

  const series: InputSeries[] = [];
  for (const [id, s] of bySeries) {
    if (errors.length >= MAX_FIELD_ERRORS) break;
    const indices = [...s.points.keys()];
    const start = Math.min(...indices);
    const end = Math.max(...indices);
    if (end - start + 1 > MAX_SERIES_PERIODS) {
      fail(
        s.line,
        "period",
        "span_too_long",
        `series_id "${id}"의 기간이 ${MAX_SERIES_PERIODS}개를 넘습니다 (${periodLabel(start, frequency!)}–${periodLabel(end, frequency!)}). 연도에 오타가 있는지 확인해 주세요.`,
        `series_id "${id}" spans more than ${MAX_SERIES_PERIODS} periods (${periodLabel(start, frequency!)}–${periodLabel(end, frequency!)}); is a year mistyped?`,
      );
      continue;
    }
    const values: (number | null)[] = [];
    for (let p = start; p <= end; p++) values.push(s.points.get(p)?.value ?? null);
    if (values.every((v) => v === null)) {
      fail(
        s.line,
        "value",
        "no_values",
        `series_id "${id}"에 값이 하나도 없습니다.`,
        `series_id "${id}" has no values at all.`,
      );
      continue;
    }
    series.push({ id, start, values, line: s.line, gaps: end - start + 1 - s.points.size });
  }
  if (errors.length > 0) {
    throw new AppError(
      "validation_failed",
      {
        ko: `${source}: 입력 파일에 문제가 있습니다${errors.length >= MAX_FIELD_ERRORS ? ` (처음 ${MAX_FIELD_ERRORS}개)` : ""}.`,
        en: `${source}: the input file has problems${errors.length >= MAX_FIELD_ERRORS ? ` (the first ${MAX_FIELD_ERRORS})` : ""}.`,
      },
      errors.slice(0, MAX_FIELD_ERRORS),
    );
  }
  return { frequency: frequency!, series };
}

export function parsePeriod(text: string): { frequency: Frequency; index: number } | null {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? { frequency: "month", index: Number(month[1]) * 12 + m - 1 } : null;
  }
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (quarter) return { frequency: "quarter", index: Number(quarter[1]) * 4 + Number(quarter[2]) - 1 };
  return null;
}

export function periodLabel(index: number, frequency: Frequency): string {
  if (frequency === "month") {
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  }
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The rows of forecasts.csv for one series: its horizon, periods continuing after its last input period. */
export function forecastRows(
  series: InputSeries,
  frequency: Frequency,
  forecast: Forecast,
): TForecastOutputRow[] {
  const origin = series.start + series.values.length;
  return forecast.mean.map((mean, h) => ({
    series_id: series.id,
    period: periodLabel(origin + h, frequency),
    mean: round(mean),
    lo80: round(forecast.lo80[h]!),
    hi80: round(forecast.hi80[h]!),
    lo95: round(forecast.lo95[h]!),
    hi95: round(forecast.hi95[h]!),
    model: forecast.model as TForecastOutputRow["model"],
  }));
}

export function formatForecastOutput(rows: readonly TForecastOutputRow[]): string {
  return stringify(rows as TForecastOutputRow[], { header: true, columns: [...FORECAST_OUTPUT_COLUMNS] });
}

/** Four decimals: plenty for demand figures, and stable bytes for equal results. */
function round(v: number): number {
  const r = Math.round(v * 1e4) / 1e4;
  return r === 0 ? 0 : r;
}

function label(frequency: Frequency) {
  return frequency === "month" ? { ko: "월별", en: "monthly" } : { ko: "분기별", en: "quarterly" };
}
