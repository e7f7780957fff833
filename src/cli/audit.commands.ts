import type { Command } from "commander";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { AppError } from "../shared/errors.ts";
import { withDatabase } from "./with-database.ts";

/** `maeul audit …`: the append-only, hash-chained audit log. */
export function registerAuditCommands(program: Command) {
  const audit = program.command("audit").description("The audit log of access to personal data");

  audit
    .command("verify")
    .description("Recompute the audit log's hash chain and report the first row that does not fit (exit 1)")
    .action(async () => {
      const report = await withDatabase((database) => verifyAuditChain(database.db));
      if (report.firstBroken) {
        const b = report.firstBroken;
        throw new AppError("conflict", {
          ko: `감사 로그가 변조되었습니다: ${b.id}번 행 (${b.problem === "hash" ? "내용 변경" : "이전 행 연결 끊김"}), 앞선 ${report.checked - 1}행은 정상`,
          en: `The audit log has been tampered with at row ${b.id} (${b.problem === "hash" ? "its content changed" : "it does not follow the row before it"}); the ${report.checked - 1} rows before it are intact`,
        });
      }
      console.log(
        report.checked === 0
          ? "audit log: empty"
          : `audit log: ${report.checked} rows, chain intact; head #${report.headId} ${report.headHash}`,
      );
    });
}
