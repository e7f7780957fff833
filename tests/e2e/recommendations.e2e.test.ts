import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import type { DemoAccount } from "./support/maeul-server.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * Recommendations on the demo data, in a real browser against the real server: a resident's own
 * ranked work items and bundles from /me, and the ranked candidates of a work item for an officer
 * and for the institution that posted it, names masked, as ordered lists with their reasons.
 */
const available = browserAvailable();

describe.skipIf(!available)("recommendations and candidates", () => {
  const session = useServerAndBrowser({ demoAccounts: true });

  async function signedInPage(account: DemoAccount, language?: "en"): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    // The sign-in helper reads the Korean labels; the language is switched afterwards.
    await signIn(page, session.server.url, account);
    if (language) await page.evaluate((l) => localStorage.setItem("maeul.language", l), language);
    return page;
  }
  const api = (page: Page, path: string) =>
    page.evaluate(async (p) => (await fetch(p, { credentials: "same-origin" })).json(), path);

  it("shows a resident their ranked work items with reasons, from 내 정보", async () => {
    const page = await signedInPage(demoAccount(session.server.demoAccounts, "resident", "11620"));
    await page.goto(`${session.server.url}/me`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "나에게 맞는 일감 보기" }).click();
    await page.getByRole("heading", { level: 1, name: "나에게 맞는 일감" }).waitFor();
    const list = page.getByRole("list", { name: "추천 순위" });
    await list.getByRole("listitem").first().waitFor();
    const items = list.locator(":scope > li");
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    expect(await first.locator(".match-list__rank").textContent()).toBe("1위");
    expect(await first.locator(".match-card__score").textContent()).toMatch(/^적합도 [\d.]+점$/);
    // The reasons in words: where (or remote work), and when.
    expect(await first.locator(".match-card__why").textContent()).toMatch(
      /(집에서 [\d.]+km|재택 근무).*가능 시간과 \d+% 겹침/,
    );
    await first.getByText("점수 구성 보기").click();
    expect(await first.locator(".match-parts__item").count()).toBeGreaterThanOrEqual(8);
    await page.getByRole("heading", { level: 2, name: "묶음 제안" }).waitFor();
    await page.context().close();
  });

  it("ranks candidates for an officer's work item, names masked, in English too", async () => {
    const officer = demoAccount(session.server.demoAccounts, "district_officer", "11620");
    const page = await signedInPage(officer, "en");
    await page.goto(`${session.server.url}/`, { waitUntil: "networkidle" });
    const items = await api(page, "/api/work-items?region=11620&pageSize=1");
    const item = items.items[0];
    await page.goto(`${session.server.url}/work-items/${item.id}`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "See ranked candidates" }).click();
    await page.getByRole("heading", { level: 1, name: `Ranked candidates: ${item.title}` }).waitFor();
    const list = page.getByRole("list", { name: "Candidates" });
    await list.getByRole("listitem").first().waitFor();
    const names = await list.locator(".match-card__title").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^\S\*+\S?\s*\(name partly hidden\)$/);
    // Worded for the officer, about the resident (a resident's own list says "your").
    expect(await list.locator(".match-card__why").first().textContent()).toMatch(
      /within the resident's available hours/,
    );
    await page.context().close();
  });

  it("ranks candidates for the institution that posted the work item", async () => {
    const staff = demoAccount(session.server.demoAccounts, "institution_staff", "11620");
    const page = await signedInPage(staff);
    const me = await api(page, "/api/auth/session");
    const items = await api(page, `/api/work-items?organizationId=${me.user.organizationId}&pageSize=1`);
    await page.goto(`${session.server.url}/work-items/${items.items[0].id}/candidates`, {
      waitUntil: "networkidle",
    });
    await page.getByRole("heading", { level: 2, name: "후보 순위" }).waitFor();
    const texts = await page.locator(".match-list").allTextContents();
    // Whatever the ranking, no candidate's priority group is named to an institution.
    for (const group of ["(장애인)", "(저소득층)"]) expect(texts.join(" ")).not.toContain(group);
    expect(
      await page.locator(".match-list > li, p:has-text('이 일감에 맞는 주민이 아직 없습니다.')").count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });
});
