import fs from "node:fs";
import type { Command } from "commander";
import { ZId } from "../shared/common.schema.ts";
import { AppError } from "../shared/errors.ts";
import { formatImportSummary, formatRowErrors } from "../work-items/import/format-import-report.ts";
import { importWorkItems } from "../work-items/import/import-work-items.ts";
import { readImportTable } from "../work-items/import/read-import-file.ts";
import { checkImportShape } from "../work-items/import/validate-import-rows.ts";
import { withDatabase } from "./with-database.ts";

export function registerImportCommands(program: Command) {
  const imports = program.command("import").description("Import data from CSV or XLSX files");

  imports
    .command("work-items <file>")
    .description(
      "Import work items (일감) from a CSV (UTF-8 or cp949) or XLSX file with Korean or English headers; all rows or none",
    )
    .option("--organization <id>", "the institution every row belongs to (instead of a 기관ID column)")
    .option("--dry-run", "check every row and report, but write nothing")
    .action(async (file: string, options: { organization?: string; dryRun?: boolean }) => {
      if (options.organization !== undefined && !ZId.safeParse(options.organization).success) {
        throw new AppError("bad_request", {
          ko: `--organization 값은 기관 UUID여야 합니다: ${options.organization}`,
          en: `--organization must be an institution's UUID: ${options.organization}`,
        });
      }
      const table = await readImportTable(readFile(file), file);
      checkImportShape(table, { organizationId: options.organization });
      const report = await withDatabase((database) =>
        importWorkItems(database.db, table, { organizationId: options.organization, dryRun: options.dryRun }),
      );
      const source = table.format === "csv" ? `CSV, ${table.encoding}` : "XLSX";
      console.log(`${file} (${source}): ${report.rows}행 / ${report.rows} rows`);
      if (report.ignoredColumns.length > 0) {
        console.log(
          `알 수 없는 열은 무시했습니다 / Ignored unknown columns: ${report.ignoredColumns.join(", ")}`,
        );
      }
      if (report.errors.length > 0) {
        for (const line of formatRowErrors(report)) console.error(line);
        throw new AppError("validation_failed", formatImportSummary(report));
      }
      const summary = formatImportSummary(report);
      console.log(`${summary.ko}\n${summary.en}`);
    });
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new AppError("bad_request", {
      ko: `파일을 읽을 수 없습니다: ${file}`,
      en: `Cannot read the file: ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    });
  }
}
