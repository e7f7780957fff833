import { describe, expect, it } from "vitest";
import { residentBody } from "../helpers/api-fixtures.ts";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { signIn } from "./support/sign-in.ts";

/**
 * A resident's rights on 내 정보: withdraw an optional consent (recorded with the notice version),
 * then delete the account with the password, see what was kept, and find the sign-in refused.
 * The screenshot of the page goes to MAEUL_SCREENSHOT_DIR (default /tmp) as me-page.png.
 */
const available = browserAvailable();

describe.skipIf(!available)("consents and account deletion on 내 정보", () => {
  const session = useServerAndBrowser();

  it("withdraws an optional consent, then deletes the account, which can no longer sign in", async () => {
    const url = session.server.url;
    const account = { email: `rights.${Date.now()}@example.kr`, password: "내 정보는 내가 정해요 2026" };

    // A resident with a registration, made through the API in a throwaway browser context.
    const setup = await session.browser.newContext();
    const setupPage = await setup.newPage();
    await setupPage.goto(url, { waitUntil: "domcontentloaded" });
    const statuses = await setupPage.evaluate(
      async ({ account, registration }) => {
        const post = (path: string, body?: unknown) =>
          fetch(path, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
          }).then((r) => r.status);
        return [
          await post("/api/auth/signup", { ...account, name: "권리자" }),
          await post("/api/residents", registration),
          await post("/api/auth/logout"),
        ];
      },
      {
        account,
        registration: residentBody({
          personal: { name: "권리자", phone: "010-3333-4444", address: "서울 관악구 권리로 7" },
        }),
      },
    );
    expect(statuses).toEqual([201, 201, 204]);
    await setup.close();

    const context = await session.browser.newContext({
      viewport: { width: 1024, height: 900 },
      locale: "ko-KR",
    });
    const page = await context.newPage();

    // The policy the consents refer to: every section the law asks for, the same version, no 주민등록번호.
    await page.goto(`${url}/privacy`, { waitUntil: "networkidle" });
    await page.getByText("1.0판 · 시행일 2026년 11월 29일").waitFor();
    await page.getByText("마을은 주민등록번호를 수집하지 않습니다.", { exact: false }).waitFor();
    const headings = await page.locator("main h2").allTextContents();
    for (const section of [
      "처리 목적",
      "항목",
      "보유 기간",
      "파기",
      "제3자 제공",
      "위탁",
      "권리·의무",
      "안전성 확보조치",
    ]) {
      expect(
        headings.some((h) => h.includes(section)),
        section,
      ).toBe(true);
    }
    for (const section of ["보호책임자", "쿠키", "구제방법", "변경"]) {
      expect(
        headings.some((h) => h.includes(section)),
        section,
      ).toBe(true);
    }

    await signIn(page, url, account);
    expect(new URL(page.url()).pathname).toBe("/me");
    const consentPanel = page.locator("section", { has: page.getByRole("heading", { name: "동의 관리" }) });
    await consentPanel.getByText("지금 적용되는 개인정보처리방침: 1.0판").waitFor();
    // The required purpose has no switch; the registration recorded it.
    expect(await consentPanel.getByRole("switch").count()).toBe(2);
    await consentPanel.getByText(/웹에서 본인이: 동의 \(방침 1\.0판\)/).waitFor();

    // Agree to notifications, then withdraw with the keyboard; each decision is announced.
    const notifications = page.getByRole("switch", { name: /알림 수신/ });
    expect(await notifications.isChecked()).toBe(false);
    await notifications.click();
    await consentPanel
      .getByRole("status")
      .getByText("‘알림 수신 (SMS·이메일·알림톡)’에 동의했습니다.")
      .waitFor();
    expect(await notifications.isChecked()).toBe(true);
    await notifications.focus();
    await page.keyboard.press("Space");
    await consentPanel
      .getByRole("status")
      .getByText(/동의를 철회했습니다/)
      .waitFor();
    expect(await notifications.isChecked()).toBe(false);
    const state = await page.evaluate(async () => (await fetch("/api/me/consents")).json());
    expect(
      state.history.map((h: { purpose: string; granted: boolean }) => `${h.purpose}:${h.granted}`),
    ).toEqual(["notifications:false", "notifications:true", "service:true"]);
    await page.getByText("동의 기록 전체 보기 (3건)").click();
    await page.getByRole("table", { name: "동의와 철회 기록 (최근 것부터)" }).waitFor();

    await page.screenshot({
      path: `${process.env.MAEUL_SCREENSHOT_DIR ?? "/tmp"}/me-page.png`,
      fullPage: true,
    });

    // Deleting: what is kept is listed before anything can be pressed.
    const deletePanel = page.locator("section", { has: page.getByRole("heading", { name: "계정 삭제" }) });
    await deletePanel.getByText("접속기록 (감사 기록)").waitFor();
    await deletePanel.getByText("2년 보관 후 파기").first().waitFor();
    await deletePanel.getByRole("button", { name: "계정 삭제 진행" }).click();
    // Focus moves to the confirmation step.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("비밀번호로 확인");
    const password = deletePanel.getByLabel("현재 비밀번호");
    await password.fill("틀린 비밀번호입니다 2026");
    await deletePanel.getByRole("button", { name: "계정 영구 삭제" }).click();
    await deletePanel.locator(".error-summary").getByText("비밀번호가 올바르지 않습니다.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/me");

    await password.fill(account.password);
    await deletePanel.getByRole("button", { name: "계정 영구 삭제" }).click();
    await page.waitForURL((u) => u.pathname === "/account-deleted");
    await page.getByRole("heading", { level: 1, name: "계정을 삭제했습니다" }).waitFor();
    await page.getByText("주민 등록의 개인정보(이름, 전화번호, 주소)를 지우고").waitFor();
    expect(await page.locator("header").getByRole("link", { name: "로그인", exact: true }).isVisible()).toBe(
      true,
    );
    expect(await page.evaluate(async () => (await fetch("/api/auth/session")).status)).toBe(401);

    // The same e-mail and password are refused now.
    await page.goto(`${url}/login`, { waitUntil: "networkidle" });
    await page.getByLabel("이메일 (아이디)").fill(account.email);
    await page.getByLabel("비밀번호", { exact: true }).fill(account.password);
    await page.locator("main form").getByRole("button", { name: "로그인", exact: true }).click();
    await page.getByText("이메일 또는 비밀번호가 올바르지 않습니다.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await context.close();
  });
});
