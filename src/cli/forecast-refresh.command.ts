import type { Command } from "commander";
import { FORECAST_MODEL_VERSION } from "../forecasting/compute-region-forecasts.ts";
import { REFRESH_DEFAULTS, type RefreshReport, refreshForecasts } from "../forecasting/forecast-refresh.ts";
import { progressBar, wholeNumberOption } from "./cli-support.ts";
import { withDatabase } from "./with-database.ts";

/**
 * `maeul forecast refresh`: the background forecast job by hand (src/forecasting/forecast-refresh.ts):
 * every 시군구's forecasts for the current month and a horizon, stored; nothing to do when they
 * already are for the current data. Hangs from the `forecast` command, or creates it.
 */
export function registerForecastRefreshCommand(program: Command) {
  const forecast =
    program.commands.find((c) => c.name() === "forecast") ??
    program.command("forecast").description("Demand forecasting");
  forecast
    .command("refresh")
    .description(
      "Compute and store every 시군구's demand forecasts for the current data (what the server does in the background after it starts); nothing to do when they are up to date",
    )
    .option("--horizon <months>", "months to forecast, 1–24", wholeNumberOption(24), REFRESH_DEFAULTS.horizon)
    .option("--threads <n>", "worker threads (default: one per core)", wholeNumberOption())
    .action(async (options: { horizon: number; threads?: number }) => {
      const report = await withDatabase(async (database) => {
        const bar = progressBar("forecasts [{bar}] {value}/{total} 시군구 | {eta_formatted} left");
        try {
          return await refreshForecasts(database.db, {
            now: new Date(),
            horizon: options.horizon,
            // The embedded database is one process's: a claim found now was left by one that stopped.
            takeOverClaims: database.kind === "pglite",
            onProgress: (done, total) => bar.update(done, total),
            ...(options.threads ? { threads: options.threads } : {}),
          });
        } finally {
          bar.stop();
        }
      });
      for (const line of formatRefreshReport(report)) console.log(line);
    });
}

export function formatRefreshReport(report: RefreshReport): string[] {
  const what = `${report.asOf} + ${report.horizon}개월, 데이터 버전 ${report.dataVersion}, 모형 ${FORECAST_MODEL_VERSION}`;
  const seconds = report.seconds.toFixed(1);
  switch (report.status) {
    case "up_to_date":
      return [
        `예측이 이미 최신입니다 (${what}): 시군구 ${report.regionsTotal}곳 / Forecasts already up to date (${report.regionsTotal} districts); nothing written`,
      ];
    case "elsewhere":
      return [
        `다른 프로세스가 나머지를 계산 중입니다 (${report.regionsDone}/${report.regionsTotal}) / Another process holds the remaining districts (${report.regionsDone}/${report.regionsTotal} done)`,
        `이번 실행: 시군구 ${report.regionsByThisCall}곳 / This run: ${report.regionsByThisCall} districts, ${report.seriesFitted} series fitted, ${report.seriesReused} unchanged, ${seconds} s`,
      ];
    default:
      return [
        `예측 저장 완료 (${what}): 시군구 ${report.regionsDone}/${report.regionsTotal}곳 / Forecasts stored: ${report.regionsDone}/${report.regionsTotal} districts`,
        `이번 실행: 시군구 ${report.regionsByThisCall}곳, 새로 적합 ${report.seriesFitted}계열, 변경 없음 ${report.seriesReused}계열, ${seconds}초 / This run: ${report.regionsByThisCall} districts, ${report.seriesFitted} series fitted, ${report.seriesReused} unchanged, ${seconds} s`,
      ];
  }
}
