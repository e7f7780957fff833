import type { Command } from "commander";
import { SYSTEM_ACTOR } from "../audit/domain/audit-vocabulary.ts";
import { formatParticipationSummary } from "../participations/import/format-participation-import.ts";
import { importParticipations } from "../participations/import/import-participations.ts";
import { checkParticipationShape } from "../participations/import/validate-participation-rows.ts";
import { ZId, ZRegionCode } from "../shared/common.schema.ts";
import { AppError } from "../shared/errors.ts";
import { formatImportSummary } from "../work-items/import/format-import-report.ts";
import { importWorkItems } from "../work-items/import/import-work-items.ts";
import { readImportTable } from "../work-items/import/read-import-file.ts";
import { checkImportShape } from "../work-items/import/validate-import-rows.ts";
import { printImportReport, readFile } from "./cli-support.ts";
import { withDatabase } from "./with-database.ts";

export function registerImportCommands(program: Command) {
  const imports = program.command("import").description("Import data from CSV or XLSX files");
  registerParticipationImport(imports);

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
      printImportReport(file, table, report, formatImportSummary);
    });
}

/**
 * `maeul import participations --file x.csv [--region 11620] [--dry-run]`: participation history
 * (decision 0010 for matching names), all rows or none, each written participation audited with
 * the system as the actor.
 */
function registerParticipationImport(imports: Command) {
  imports
    .command("participations [file]")
    .description(
      "Import participation history from CSV (UTF-8 or cp949) or XLSX: person (주민ID, or 이름 + 전화번호 + 출생연도), 사업, 시작일, 종료일, 주당시간, 분야; all rows or none",
    )
    .option("--file <path>", "the file to import (or give it as the argument)")
    .option("--region <code>", "the 시군구 or 시도 every person must live in")
    .option("--dry-run", "check every row and report, but write nothing")
    .action(
      async (argument: string | undefined, options: { file?: string; region?: string; dryRun?: boolean }) => {
        const file = options.file ?? argument;
        if (!file) {
          throw new AppError("bad_request", {
            ko: "가져올 파일을 --file 로 지정해 주세요.",
            en: "Name the file to import with --file.",
          });
        }
        if (options.region !== undefined && !ZRegionCode.safeParse(options.region).success) {
          throw new AppError("bad_request", {
            ko: `--region 값은 2자리 시도 또는 5자리 시군구 코드여야 합니다: ${options.region}`,
            en: `--region must be a 2-digit 시도 or 5-digit 시군구 code: ${options.region}`,
          });
        }
        const table = await readImportTable(readFile(file), file);
        checkParticipationShape(table);
        const report = await withDatabase((database) =>
          importParticipations(database.db, table, {
            actor: SYSTEM_ACTOR,
            now: new Date(),
            region: options.region,
            dryRun: options.dryRun,
          }),
        );
        printImportReport(file, table, report, formatParticipationSummary);
      },
    );
}
