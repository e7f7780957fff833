import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import type { DemoAccount } from "./support/maeul-server.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * Job design in a real browser against the real server with the demo: a district officer reads
 * the suggestions for their district and turns one into draft work items; anyone browses the
 * occupation catalogue, in Korean and in English.
 */
const available = browserAvailable();

describe.skipIf(!available)("job design pages", () => {
  const session = useServerAndBrowser({ demoAccounts: true });

  async function open(
    path: string,
    options: { as?: DemoAccount; language?: "ko" | "en" } = {},
  ): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (options.language) {
      await context.addInitScript(
        (language) => localStorage.setItem("maeul.language", language),
        options.language,
      );
    }
    const page = await context.newPage();
    if (options.as) await signIn(page, session.server.url, options.as);
    await page.goto(`${session.server.url}${path}`, { waitUntil: "networkidle" });
    return page;
  }

  it("shows a district officer the gap per category and suggestions they can turn into drafts", async () => {
    const officer = demoAccount(session.server.demoAccounts, "district_officer", "11620");
    const page = await open("/job-design", { as: officer });
    await page.getByRole("heading", { level: 1, name: "직무 설계" }).waitFor();
    await page.getByRole("heading", { name: "서울특별시 관악구 분야별 수요와 공백" }).waitFor();
    expect(await page.locator(".demand-gap-table tbody tr").count()).toBe(9);
    const cards = page.locator(".suggestion-card");
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(3);
    const first = cards.first();
    await expect(first.locator(".suggestion-card__summary").textContent()).resolves.toContain(
      "수요 예측 대비 공백",
    );
    await expect(first.locator(".budget-shares").textContent()).resolves.toContain("국비");

    const toggle = first.getByRole("button", { name: "초안 일감 만들기" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    // Submitting without an institution names the field.
    await first.getByRole("button", { name: "초안 만들기" }).click();
    await first.locator(".error-summary").waitFor();
    await expect(first.locator(".error-summary").textContent()).resolves.toContain("기관을 고르세요");
    const select = first.getByLabel("일감을 낼 기관");
    const options = await select.locator("option").count();
    expect(options).toBeGreaterThan(1);
    await select.selectOption({ index: 1 });
    await first.getByRole("button", { name: "초안 만들기" }).click();
    const done = first.locator(".alert--success");
    await done.waitFor();
    await expect(done.textContent()).resolves.toContain("초안 일감");
    await done.getByRole("link").first().click();
    await page.waitForURL(/\/work-items\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1 }).waitFor();

    // The same request again (a retry, another tab) makes nothing new and says so.
    await page.goto(`${session.server.url}/job-design`, { waitUntil: "networkidle" });
    const again = page.locator(".suggestion-card").first();
    await again.getByRole("button", { name: "초안 일감 만들기" }).click();
    await again.getByLabel("일감을 낼 기관").selectOption({ index: 1 });
    await again.getByRole("button", { name: "초안 만들기" }).click();
    const existing = again.locator(".alert--info");
    await existing.waitFor();
    await expect(existing.textContent()).resolves.toContain("이미 만든 초안 일감");
    await page.context().close();
  });

  it("lets anyone browse the occupation catalogue by category, in English too", async () => {
    const page = await open("/occupations?category=culture");
    await page.getByRole("heading", { level: 1, name: "공공 직무 목록" }).waitFor();
    await page.locator(".occupation-card").first().waitFor();
    const names = await page.locator(".occupation-card h3").allTextContents();
    expect(names).toContain("지역문화 기획 인턴");
    await page.getByLabel("분야").selectOption("safety");
    await page.getByRole("heading", { name: "고령친화 보행환경 모니터링 요원" }).waitFor();
    await page.context().close();

    const english = await open("/occupations?category=education", { language: "en" });
    await english.getByRole("heading", { level: 1, name: "Public-service occupations" }).waitFor();
    await english.getByRole("heading", { name: "Out-of-school youth mentoring manager" }).waitFor();
    await english.context().close();
  });
});
