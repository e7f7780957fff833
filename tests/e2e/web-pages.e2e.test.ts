import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import type { DemoAccount } from "./support/maeul-server.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * The web app in a real browser against the real server: language, accessibility landmarks,
 * region figures, the registration form's errors and the weekly grid, and work-item search.
 */
const available = browserAvailable();

describe.skipIf(!available)("web pages", () => {
  const session = useServerAndBrowser({ demoAccounts: true });

  async function open(
    path: string,
    options: { language?: "ko" | "en"; width?: number; as?: DemoAccount } = {},
  ): Promise<Page> {
    const context = await session.browser.newContext({
      viewport: { width: options.width ?? 390, height: 844 },
    });
    if (options.language) {
      await context.addInitScript(
        (language) => localStorage.setItem("maeul.language", language),
        options.language,
      );
    }
    const page = await context.newPage();
    if (options.as) {
      await page.goto(`${session.server.url}/login`, { waitUntil: "networkidle" });
      await signIn(page, session.server.url, options.as);
    }
    await page.goto(`${session.server.url}${path}`, { waitUntil: "networkidle" });
    return page;
  }
  /** District officers may register a resident on their behalf: the registration form, signed in. */
  const officer = () => demoAccount(session.server.demoAccounts, "district_officer", "11620");

  it("shows the honest masthead, a skip link and the landmarks, in Korean by default", async () => {
    const page = await open("/");
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    await expect(page.locator(".masthead").textContent()).resolves.toContain("오픈소스 시범 서비스");
    await expect(page.locator(".masthead").textContent()).resolves.toContain("정부 공식 누리집이 아닙니다");
    expect(await page.locator("header, main, footer, nav").count()).toBeGreaterThanOrEqual(4);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("본문 바로가기");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    await expect(page.getByRole("link", { name: "개인정보처리방침" }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("shows a pilot district's figures with their sources and an accessible age chart", async () => {
    const page = await open("/");
    await page.getByRole("button", { name: "서울 관악구" }).click();
    await page.getByRole("heading", { name: "서울특별시 관악구" }).waitFor();
    const population = page
      .locator(".figure-card")
      .filter({ has: page.locator(".figure-card__label", { hasText: /^주민등록 인구$/ }) });
    await expect(population.locator(".figure-card__value").textContent()).resolves.toMatch(/^[\d,]+명$/);
    await expect(population.locator(".figure-card__source").textContent()).resolves.toContain(
      "행정안전부 주민등록 인구통계",
    );
    expect(await page.locator("svg.age-chart__svg[role=img] desc").count()).toBe(1);
    await page.getByText("연령별 인구 표 보기").click();
    expect(await page.locator(".age-chart table tbody tr").count()).toBe(21);
    expect(new URL(page.url()).searchParams.get("region")).toBe("11620");
    await page.context().close();
  });

  it("switches to English, persists the choice and sets <html lang>", async () => {
    const page = await open("/privacy");
    await page.getByRole("button", { name: "Switch to English" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(page.locator("h1").textContent()).resolves.toBe("Privacy policy");
    expect(await page.title()).toBe("Privacy policy | Maeul");
    await page.context().close();
  });

  it("makes text larger with the 글자 크게 toggle", async () => {
    const page = await open("/");
    const size = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole("button", { name: "글자 크게" }).click();
    expect(await page.getAttribute("button[aria-pressed]", "aria-pressed")).toBe("true");
    expect(await size()).toBeGreaterThan(before);
    await page.context().close();
  });

  it("explains the password rule on the sign-up step and reports missing fields", async () => {
    const page = await open("/residents/new");
    expect(await page.locator(".steps [aria-current=step]").textContent()).toContain("계정 만들기");
    expect(await page.locator("#f-password-hint").textContent()).toContain("10자 이상");
    expect(await page.getAttribute("#f-password", "autocomplete")).toBe("new-password");
    await page.getByRole("button", { name: "계정 만들고 다음 단계로" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await page.locator(".error-summary li").count()).toBe(3);
    expect(await page.getAttribute("#f-password", "aria-describedby")).toContain("f-password-error");
    // Pasting a password (from a password manager) is not blocked.
    const blocked = await page.locator("#f-password").evaluate((el) => {
      const paste = new ClipboardEvent("paste", { bubbles: true, cancelable: true });
      el.dispatchEvent(paste);
      return paste.defaultPrevented;
    });
    expect(blocked).toBe(false);
    await page.locator("#f-password").fill("short");
    await page.getByRole("button", { name: "계정 만들고 다음 단계로" }).click();
    await page.locator("#f-password-error").getByText("비밀번호는 10자 이상이어야 합니다.").waitFor();
    await page.context().close();
  });

  it("reports missing fields on the registration form and focuses the summary", async () => {
    const page = await open("/residents/new", { as: officer() });
    await page.getByRole("button", { name: "등록하기" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await page.locator(".error-summary li").count()).toBeGreaterThanOrEqual(3);
    expect(await page.getAttribute("#f-birthYear", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#f-birthYear", "aria-describedby")).toContain("f-birthYear-error");
    await page.context().close();
  });

  it("operates the weekly grid with presets, the keyboard and a tap", async () => {
    const page = await open("/residents/new", { as: officer() });
    await page.getByRole("button", { name: "평일 오전 (09~13시)" }).click();
    await expect(page.locator(".schedule-grid__summary").textContent()).resolves.toContain("주 20시간");
    const monday9 = page.getByRole("button", { name: "월요일 09:00~10:00" });
    expect(await monday9.getAttribute("aria-pressed")).toBe("true");
    await monday9.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    expect(await page.getByRole("button", { name: "화요일 09:00~10:00" }).getAttribute("aria-pressed")).toBe(
      "false",
    );
    const saturday = page.getByRole("button", { name: "토요일 10:00~11:00" });
    await saturday.click();
    expect(await saturday.getAttribute("aria-pressed")).toBe("true");
    await expect(page.locator(".schedule-grid__summary").textContent()).resolves.toContain("주 20시간");
    await page.context().close();
  });

  it("lists work items with the synthetic badge and opens one", async () => {
    const page = await open("/work-items?region=11620", { width: 1280 });
    await page.getByRole("heading", { name: "검색 결과" }).waitFor();
    const card = page.locator(".work-item-card").first();
    await card.waitFor();
    await expect(card.locator(".badge--synthetic").textContent()).resolves.toBe("합성 데이터");
    const title = await card.locator("h3 a").textContent();
    await card.locator("h3 a").click();
    await page.locator("h1", { hasText: title ?? "" }).waitFor();
    expect(await page.locator(".schedule-table tbody tr").count()).toBe(7);
    await page.context().close();
  });
});
