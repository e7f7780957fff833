import type { Page } from "playwright-core";
import type { DemoAccount } from "./maeul-server.ts";

/** The demo account of a role (and region), from `maeul demo accounts --json`. */
export function demoAccount(
  accounts: DemoAccount[],
  role: DemoAccount["role"],
  region?: string,
): DemoAccount {
  const found = accounts.find((a) => a.role === role && (region === undefined || a.region === region));
  if (!found) throw new Error(`No demo account for ${role} ${region ?? ""}`);
  return found;
}

/** Signs in through the login page (Korean labels) and waits until it has left it. */
export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  if (!new URL(page.url(), baseUrl).pathname.startsWith("/login")) {
    await page.goto(`${baseUrl}/login`, { waitUntil: "networkidle" });
  }
  await page.getByLabel("이메일 (아이디)").fill(account.email);
  await page.getByLabel("비밀번호", { exact: true }).fill(account.password);
  await page.locator("main form").getByRole("button", { name: "로그인", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
