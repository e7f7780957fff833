import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";

/**
 * The journey the foundation promises, as a resident on a phone would take it: create an account
 * (which signs in), register with a weekly availability grid, then find a work item in the
 * neighbourhood and open it.
 */
const available = browserAvailable();

describe.skipIf(!available)("resident journey", () => {
  const session = useServerAndBrowser();

  it("signs up, registers, then finds and opens a work item in their district", async () => {
    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "ko-KR",
    });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/residents/new`, { waitUntil: "networkidle" });

    // Step 1: an account (POST /api/auth/signup), which signs the new resident in.
    expect(await page.locator(".steps [aria-current=step]").textContent()).toContain("계정 만들기");
    await page.getByRole("textbox", { name: /^이름/ }).fill("김마을");
    await page.getByRole("textbox", { name: /^이메일/ }).fill(`kim.maeul.${Date.now()}@example.kr`);
    await page.locator("#f-password").fill("마을에서 함께 일해요 2026");
    const signedUp = page.waitForResponse((r) => r.url().endsWith("/api/auth/signup"));
    await page.getByRole("button", { name: "계정 만들고 다음 단계로" }).click();
    expect((await signedUp).status()).toBe(201);

    // Step 2: the registration, with focus on its heading and the new resident in the header.
    const step2 = page.getByRole("heading", { level: 2, name: "주민 정보 등록" });
    await step2.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("주민 정보 등록");
    expect(await page.locator(".account-bar").textContent()).toContain("김마을");
    expect(await page.locator(".steps [aria-current=step]").textContent()).toContain("주민 정보 등록");

    await page.getByRole("combobox", { name: /^시도/ }).selectOption({ label: "서울특별시" });
    await page.getByRole("combobox", { name: /^시군구/ }).selectOption({ label: "관악구" });
    await page.getByLabel("태어난 해").fill("1958");
    await page.getByRole("button", { name: "평일 오전 (09~13시)" }).click();
    await page.getByRole("button", { name: "토요일 10:00~11:00" }).click();
    await page.getByLabel("원하는 주당 근무 시간").fill("20");
    await page.getByLabel("이동할 수 있는 거리").fill("5");
    await page.getByRole("textbox", { name: /^이름/ }).fill("김마을");
    await page.getByLabel("휴대전화 번호").fill("010-2468-1357");
    await page
      .getByLabel("입력한 정보가 이 시범 서비스에 저장되고 일감 연결에 쓰이는 데 동의합니다.")
      .check();
    await page.getByRole("button", { name: "등록하기" }).click();

    await page.getByRole("heading", { name: "등록을 마쳤습니다" }).waitFor();
    const summary = await page.locator("main").textContent();
    expect(summary).toContain("김*을");
    expect(summary).toContain("010-****-1357");
    expect(summary).not.toContain("김마을");

    // The registration is stored and linked to the account: the resident reads their own record
    // (a real, non-synthetic resident in 관악구 with 21 hours available); nobody signed out can.
    const own = await page.evaluate(async () => {
      const auth = await (await fetch("/api/auth/session")).json();
      const response = await fetch(`/api/residents/${auth.user.residentId}`);
      return { id: auth.user.residentId as string, status: response.status, body: await response.json() };
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      birthYear: 1958,
      availableHoursPerWeek: 21,
      synthetic: false,
      regionCode: "11620",
    });
    expect((await fetch(`${session.server.url}/api/residents/${own.id}`)).status).toBe(401);

    // Registering again is not offered: the page points to 내 정보.
    const again = await context.newPage();
    await again.goto(`${session.server.url}/residents/new`, { waitUntil: "networkidle" });
    await again.getByText("이미 등록되어 있습니다").waitFor();
    await again.close();

    await page.getByRole("link", { name: "서울특별시 관악구 일감 찾기" }).click();
    await page.getByRole("heading", { name: "검색 결과" }).waitFor();
    // On a phone the filters start folded once a region is chosen.
    await page.getByRole("button", { name: "검색 조건 열기" }).click();
    await page.getByLabel("검색어").fill("돌봄");
    const searched = page.waitForResponse(
      (r) => r.url().includes("/api/work-items?") && r.url().includes("q="),
    );
    await page.getByRole("button", { name: "검색", exact: true }).click();
    const results = await (await searched).json();
    expect(results.total).toBeGreaterThan(0);
    // The previous results stay on screen while the search runs: wait for the new first card.
    const href = `/work-items/${results.items[0].id}`;
    const link = page.locator(".work-item-card").first().locator(`h3 a[href="${href}"]`);
    await link.waitFor();
    expect(await page.locator(".work-item-card").first().textContent()).toContain("관악구");
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    const item = await (await fetch(`${session.server.url}/api${href}`)).json();
    expect(item.regionCode).toBe("11620");
    expect(`${item.title} ${item.description}`).toContain("돌봄");
    await page.locator("h1", { hasText: item.title }).waitFor();
    expect(await page.locator("main").textContent()).toContain("합성 데이터");
    await context.close();
  });
});
