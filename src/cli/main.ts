import { Command, CommanderError } from "commander";
import { AppError } from "../shared/errors.ts";
import { registerAuditCommands } from "./audit.commands.ts";
import { registerDbCommands } from "./db.commands.ts";
import { registerDemoCommands } from "./demo.commands.ts";
import { registerForecastCommand } from "./forecast.command.ts";
import { registerForecastDataCommands } from "./forecast-backtest.command.ts";
import { registerForecastRefreshCommand } from "./forecast-refresh.command.ts";
import { registerImportCommands } from "./import.command.ts";
import { registerKeysCommands } from "./keys.commands.ts";
import { registerMatchCommands } from "./match.command.ts";
import { registerNotificationsCommands } from "./notifications.commands.ts";
import { registerServeCommand } from "./serve.command.ts";

/** `npx maeul …`: a thin shell over the same use-cases the HTTP API calls. */
export function buildCli(): Command {
  const program = new Command()
    .name("maeul")
    .description("마을 Maeul: regional public jobs platform (serve, database, imports)")
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerDbCommands(program);
  registerDemoCommands(program);
  registerImportCommands(program);
  registerKeysCommands(program);
  registerAuditCommands(program);
  registerNotificationsCommands(program);
  registerMatchCommands(program);
  registerForecastCommand(program);
  // Root options only before a command, so that `forecast backtest --horizon 6` reaches the
  // subcommand's --horizon rather than `forecast`'s own.
  program.enablePositionalOptions();
  registerForecastDataCommands(program);
  registerForecastRefreshCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildCli();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof AppError) {
      console.error(`오류: ${error.messageKo}\nError: ${error.messageEn}`);
      for (const f of error.fields) console.error(`  - ${f.field}: ${f.messageKo} (${f.messageEn})`);
      return 1;
    }
    console.error(`Error: ${(error as Error).message}`);
    return 1;
  }
}
