import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * Signing in and out in a real browser: the demo district officer (credentials from
 * `maeul demo accounts --json`), menus that follow the role, the session-expiry warning
 * (KWCAG 6.2.1) and the one-time-code step.
 */
const available = browserAvailable();

describe.skipIf(!available)("sign-in, roles and sessions", () => {
  const session = useServerAndBrowser({ demoAccounts: true });
  const officer = () => demoAccount(session.server.demoAccounts, "district_officer", "11620");

  async function open(path: string, width = 390): Promise<{ context: BrowserContext; page: Page }> {
    const context = await session.browser.newContext({ viewport: { width, height: 844 }, locale: "ko-KR" });
    const page = await context.newPage();
    await page.goto(`${session.server.url}${path}`, { waitUntil: "networkidle" });
    return { context, page };
  }

  async function navNames(page: Page): Promise<string[]> {
    return (await page.locator("nav.site-nav a").allTextContents()).map((s) => s.trim());
  }

  async function sessionStatus(page: Page): Promise<number> {
    return page.evaluate(async () => (await fetch("/api/auth/session")).status);
  }

  it("sends a signed-out visitor to the login page, explains the demo accounts, and comes back after sign-in", async () => {
    const { context, page } = await open("/residents", 1280);
    await page.waitForURL(
      (url) => url.pathname === "/login" && url.searchParams.get("next") === "/residents",
    );
    await page.getByText("로그인이 필요한 화면입니다").waitFor();

    // Signed out: the header offers 로그인 and 주민 가입, the menu only public pages.
    const header = page.locator("header");
    expect(await header.getByRole("link", { name: "로그인", exact: true }).isVisible()).toBe(true);
    expect(await header.getByRole("link", { name: "주민 가입" }).isVisible()).toBe(true);
    expect(await navNames(page)).toEqual(["홈", "일감 찾기", "자격 확인", "참여 신청"]);

    // The demo box: how the accounts work, the command to list them, and no password.
    const demo = page.locator(".demo-note");
    const demoText = (await demo.textContent()) ?? "";
    expect(demoText).toContain("데모 계정: 비밀번호가 공개되어 있으며 2차 인증이 꺼져 있습니다");
    expect(demoText).toContain("npx maeul demo accounts");
    expect(demoText).not.toContain(officer().password);

    // Autofill hints, and the show-password toggle.
    const email = page.getByLabel("이메일 (아이디)");
    const password = page.getByLabel("비밀번호", { exact: true });
    expect(await email.getAttribute("autocomplete")).toBe("username");
    expect(await password.getAttribute("autocomplete")).toBe("current-password");
    expect(await password.getAttribute("type")).toBe("password");
    const toggle = page.getByRole("button", { name: "비밀번호 보기" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await password.getAttribute("type")).toBe("text");

    await signIn(page, session.server.url, officer());
    // Back where the visitor was going.
    expect(new URL(page.url()).pathname).toBe("/residents");
    await page.getByRole("heading", { level: 1, name: "주민 목록" }).waitFor();

    // The header says who is signed in, with role and region.
    await page.locator(".account-bar__role", { hasText: "관악구 담당 공무원" }).waitFor();
    const account = (await page.locator(".account-bar").textContent()) ?? "";
    expect(account).toContain("관악구 데모 공무원");
    expect(account).toContain("데모");
    expect(await header.getByRole("button", { name: "로그아웃" }).isVisible()).toBe(true);
    expect(await header.getByRole("link", { name: "로그인", exact: true }).count()).toBe(0);

    // Officers: work items, posting, the residents of their district, the audit log, the rules, the
    // demand forecasts and job design.
    expect(await navNames(page)).toEqual([
      "홈",
      "일감 찾기",
      "자격 확인",
      "모집 회차",
      "일감 등록",
      "주민 목록",
      "감사 기록",
      "사업 기준",
      "수요 예측",
      "직무 설계",
    ]);

    // The residents of 관악구, masked, a page at a time.
    const rows = page.locator(".data-table tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(20);
    const names = await page.locator(".data-table tbody th .resident-name").allTextContents();
    for (const name of names) expect(name).toMatch(/\*/);
    expect(await page.locator(".data-table tbody").textContent()).toContain("서울특별시 관악구");
    const secondPage = page.waitForResponse(
      (r) => r.url().includes("/api/residents?") && r.url().includes("page=2"),
    );
    await page.getByRole("button", { name: "2쪽" }).click();
    expect((await secondPage).status()).toBe(200);
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");

    // 감사 기록: the log, or a plain "coming" note while the server does not offer it to this role.
    await page.getByRole("link", { name: "감사 기록" }).click();
    await page.getByRole("heading", { level: 1, name: "감사 기록" }).waitFor();
    await page.locator(".data-table, .alert--info, .empty-note").first().waitFor();
    await context.close();
  });

  it("shows the server's message for a wrong password, in the language chosen", async () => {
    const { context, page } = await open("/login");
    await page.getByLabel("이메일 (아이디)").fill("nobody.here@demo.maeul.kr");
    await page.getByLabel("비밀번호", { exact: true }).fill("not-the-password");
    await page.locator("main form").getByRole("button", { name: "로그인", exact: true }).click();
    await page.getByRole("alert").getByText("이메일 또는 비밀번호가 올바르지 않습니다.").waitFor();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("alert").getByText("The e-mail address or password is incorrect.").waitFor();
    expect(await page.getByLabel("E-mail (your user ID)").inputValue()).toBe("nobody.here@demo.maeul.kr");
    await context.close();
  });

  it("says how long to wait once an address is locked after repeated failures (429)", async () => {
    const { context, page } = await open("/login");
    await page.getByLabel("이메일 (아이디)").fill("locked.out@demo.maeul.kr");
    await page.getByLabel("비밀번호", { exact: true }).fill("wrong-password-0");
    const submit = page.locator("main form").getByRole("button", { name: "로그인", exact: true });
    let status = 0;
    for (let i = 0; i < 6 && status !== 429; i++) {
      const answer = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
      await submit.click();
      status = (await answer).status();
    }
    expect(status).toBe(429);
    const alert = page.getByRole("alert");
    await alert.getByText("잠시 잠겼습니다").waitFor();
    expect(await alert.textContent()).toMatch(/부터 다시 시도할 수 있습니다 \(약 \d+분 후\)/);
    await context.close();
  });

  it("gives each role its own menu and start page", async () => {
    const expected = [
      {
        role: "resident",
        path: "/me",
        nav: ["홈", "일감 찾기", "자격 확인", "참여 신청", "내 정보", "내 신청"],
        label: "주민",
      },
      {
        role: "institution_staff",
        path: "/organizations/work-items/new",
        nav: ["홈", "일감 찾기", "자격 확인", "일감 등록"],
      },
      {
        role: "ministry",
        path: "/",
        nav: ["홈", "일감 찾기", "자격 확인", "모집 회차", "사업 기준", "수요 예측", "직무 설계"],
        label: "중앙부처 담당자",
      },
    ] as const;
    for (const { role, path, nav, ...rest } of expected) {
      const { context, page } = await open("/login", 1280);
      await signIn(
        page,
        session.server.url,
        demoAccount(session.server.demoAccounts, role, role === "ministry" ? undefined : "11620"),
      );
      expect(new URL(page.url()).pathname).toBe(path);
      await page.locator(".account-bar__name").waitFor();
      expect(await navNames(page)).toEqual(nav);
      if ("label" in rest) expect(await page.locator(".account-bar__role").textContent()).toBe(rest.label);
      if (role === "resident") {
        // 내 정보: the registration, masked, and the data download (or a plain note that it is not there yet).
        await page.getByRole("heading", { level: 1, name: "내 정보" }).waitFor();
        await page.locator(".fact-table").nth(1).waitFor();
        expect(await page.locator("main").textContent()).toMatch(/\*/);
        const download = page.waitForEvent("download", { timeout: 10_000 }).catch(() => null);
        await page.getByRole("button", { name: "내 데이터 내려받기" }).click();
        const missing = page.getByText("아직 서버에 준비되지 않았습니다");
        const file = await Promise.race([
          download,
          missing
            .waitFor()
            .then(() => null)
            .catch(() => null),
        ]);
        if (file) {
          const text = await (await file.createReadStream()).toArray();
          expect(() => JSON.parse(Buffer.concat(text).toString("utf8"))).not.toThrow();
        } else {
          expect(await missing.isVisible()).toBe(true);
        }
        // Consents per purpose, and deletion refused up front for a demo account (its password is public).
        await page.getByRole("heading", { level: 2, name: "동의 관리" }).waitFor();
        expect(await page.getByRole("switch").count()).toBe(2);
        await page.getByText("데모 계정은 비밀번호가 공개되어 있어 삭제할 수 없습니다.").waitFor();
        expect(await page.getByRole("button", { name: "계정 삭제 진행" }).count()).toBe(0);
      }
      if (role === "ministry") {
        await page.goto(`${session.server.url}/residents`, { waitUntil: "networkidle" });
        await page.getByRole("heading", { level: 1, name: "이용할 수 없는 화면입니다" }).waitFor();
      }
      await context.close();
    }
  });

  it("signs out: the session ends on the server and the header offers 로그인 again", async () => {
    const { context, page } = await open("/login");
    await signIn(page, session.server.url, officer());
    expect(await sessionStatus(page)).toBe(200);
    await page.locator("header").getByRole("button", { name: "로그아웃" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("status").getByText("로그아웃했습니다.").waitFor();
    expect(await page.locator("header").getByRole("link", { name: "로그인", exact: true }).isVisible()).toBe(
      true,
    );
    expect(await page.locator("header").getByRole("link", { name: "주민 가입" }).isVisible()).toBe(true);
    expect(await sessionStatus(page)).toBe(401);
    // A page for officers now asks to sign in again.
    await page.goto(`${session.server.url}/audit`, { waitUntil: "networkidle" });
    await page.waitForURL((url) => url.pathname === "/login");
    await context.close();
  });

  it("warns two minutes before the session ends, extends it, and signs out at the end", async () => {
    const { context, page } = await open("/login", 1280);
    await signIn(page, session.server.url, officer());
    // The server's session lasts 30 minutes; the browser is told it ends in 100 seconds.
    const soon = new Date(Date.now() + 100_000).toISOString();
    await page.route("**/api/auth/session", async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.session.idleExpiresAt = soon;
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${session.server.url}/work-items`, { waitUntil: "domcontentloaded" });

    const dialog = page.getByRole("alertdialog", { name: "곧 자동으로 로그아웃됩니다" });
    await dialog.waitFor();
    expect(await dialog.getAttribute("aria-modal")).toBe("true");
    expect(await page.evaluate(() => document.querySelector("dialog")?.matches(":modal"))).toBe(true);
    expect(await dialog.textContent()).toMatch(/남은 시간\s*1분 \d+초/);
    // Focus starts on 연장하기 and stays inside the dialog.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe("연장하기");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("로그아웃");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("연장하기");
    // The countdown moves.
    const before = await page.locator(".session-countdown__value").textContent();
    await page.waitForTimeout(1500);
    expect(await page.locator(".session-countdown__value").textContent()).not.toBe(before);

    // 연장하기: the real server extends the session; the dialog closes and says so.
    await page.unroute("**/api/auth/session");
    const extended = page.waitForResponse((r) => r.url().endsWith("/api/auth/session/extend"));
    await dialog.getByRole("button", { name: "연장하기" }).click();
    const answer = await extended;
    expect(answer.status()).toBe(200);
    const idleEnd = Date.parse((await answer.json()).session.idleExpiresAt);
    expect(idleEnd - Date.now()).toBeGreaterThan(25 * 60 * 1000);
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("status").getByText("로그인 시간을 30분 연장했습니다.").waitFor();

    // At the end (here: 6 seconds after the page first asks; from then on the server says the
    // session is gone), the browser signs out and the login page says why, with the way back.
    let end: number | null = null;
    await page.route("**/api/auth/session", async (route) => {
      if (end !== null && Date.now() >= end) {
        await route.fulfill({
          status: 401,
          json: {
            error: {
              code: "unauthenticated",
              messageKo: "로그인이 필요합니다.",
              messageEn: "Not signed in.",
            },
          },
        });
        return;
      }
      const response = await route.fetch();
      const body = await response.json();
      end ??= Date.now() + 6_000;
      body.session.idleExpiresAt = new Date(end).toISOString();
      await route.fulfill({ response, json: body });
    });
    await page.reload({ waitUntil: "domcontentloaded" });
    await dialog.waitFor();
    await page.waitForURL((url) => url.pathname === "/login", { timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get("next")).toBe("/work-items");
    await page.getByRole("alert").getByText("오랫동안 사용하지 않아 자동으로 로그아웃되었습니다").waitFor();
    expect(await page.locator("header").getByRole("link", { name: "로그인", exact: true }).isVisible()).toBe(
      true,
    );
    // It also ended the (real) session on the server.
    await page.unroute("**/api/auth/session");
    expect(await sessionStatus(page)).toBe(401);
    await context.close();
  });

  it("asks for the one-time code when the server wants a second factor", async () => {
    const { context, page } = await open("/login");
    const user = {
      id: "u-1",
      email: "officer.real@example.kr",
      name: "실제 공무원",
      role: "district_officer",
      regionCode: "11620",
      organizationId: null,
      residentId: null,
      demo: false,
    };
    // A non-demo officer: the server answers the password step with "verify" and no session yet.
    await page.route("**/api/auth/login", (route) =>
      route.fulfill({
        json: {
          user,
          secondFactorRequired: true,
          secondFactorStep: "verify",
          demoAccountNoSecondFactor: false,
          session: null,
        },
      }),
    );
    await page.route("**/api/auth/two-factor/verify", (route) =>
      route.fulfill({
        status: 401,
        json: {
          error: {
            code: "invalid_code",
            messageKo: "인증 코드가 올바르지 않습니다.",
            messageEn: "The authentication code is incorrect.",
          },
        },
      }),
    );
    await signInStepOnly(page, user.email);
    const code = page.getByLabel("인증 코드");
    await code.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-code");
    expect(await code.getAttribute("inputmode")).toBe("numeric");
    expect(await code.getAttribute("autocomplete")).toBe("one-time-code");
    await code.fill("12345");
    await page.getByRole("button", { name: "확인", exact: true }).click();
    await page.locator("#f-code-error").getByText("6자리 숫자").waitFor();
    await code.fill("123456");
    await page.getByRole("button", { name: "확인", exact: true }).click();
    await page.locator("#f-code-error").getByText("인증 코드가 올바르지 않습니다.").waitFor();
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("button", { name: "처음부터 다시 로그인" }).click();
    await page.getByLabel("이메일 (아이디)").waitFor();
    await context.close();
  });

  async function signInStepOnly(page: Page, email: string) {
    await page.getByLabel("이메일 (아이디)").fill(email);
    await page.getByLabel("비밀번호", { exact: true }).fill("some-long-password");
    await page.locator("main form").getByRole("button", { name: "로그인", exact: true }).click();
  }
});
