import type { Command } from "commander";
import { demoPassword } from "../auth/domain/demo-accounts.ts";
import { ROLES } from "../auth/domain/principal.ts";
import { listDemoAccounts } from "../auth/user.repository.ts";
import { withDatabase } from "./with-database.ts";

export interface DemoAccountListing {
  role: (typeof ROLES)[number];
  /** 시군구 or 시도 code the account acts for; null for national accounts. */
  region: string | null;
  email: string;
  password: string;
}

export function registerDemoCommands(program: Command) {
  const demo = program.command("demo").description("The synthetic demo: its accounts");

  demo
    .command("accounts")
    .description(
      "List the demo accounts and their passwords. The passwords are PUBLIC (derived from a constant in the " +
        "source); the accounts are marked demo. A real deployment seeds with `db seed --no-demo`.",
    )
    .option("--json", "print [{role, region, email, password}] as JSON")
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async (database) => {
        const rows = (await listDemoAccounts(database.db)).sort(
          (a, b) =>
            (a.region ?? "").localeCompare(b.region ?? "") || ROLES.indexOf(b.role) - ROLES.indexOf(a.role),
        );
        const listing: DemoAccountListing[] = rows.map((r) => ({
          role: r.role,
          region: r.region,
          email: r.email,
          password: demoPassword(r.email),
        }));
        if (options.json) {
          console.log(JSON.stringify(listing, null, 2));
          return;
        }
        if (listing.length === 0) {
          console.log("데모 계정이 없습니다. No demo accounts: run `npx maeul db seed` first.");
          return;
        }
        const names = new Map(rows.map((r) => [r.email, r.regionName]));
        const table = [
          ["role", "region", "email", "password"],
          ...listing.map((a) => [
            a.role,
            a.region ? `${a.region} ${names.get(a.email) ?? ""}`.trim() : "전국 (national)",
            a.email,
            a.password,
          ]),
        ];
        const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => displayWidth(row[i]!))));
        for (const [n, row] of table.entries()) {
          console.log(
            row
              .map((cell, i) => cell + " ".repeat(widths[i]! - displayWidth(cell)))
              .join("  ")
              .trimEnd(),
          );
          if (n === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
        }
        console.log(
          "\n데모 계정의 비밀번호는 공개되어 있습니다 (demo passwords are public knowledge). Demo accounts skip TOTP.",
        );
      });
    });
}

/** Columns in a terminal: Hangul and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return width;
}
