import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * The eligibility self-check (a visitor, one question per step, on a phone) and the programs'
 * rules (a district officer changes their district's income limit; the ministry only looks).
 */
const available = browserAvailable();

describe.skipIf(!available)("eligibility self-check and program rules", () => {
  const session = useServerAndBrowser({ demoAccounts: true });

  async function open(path: string, width = 390): Promise<{ context: BrowserContext; page: Page }> {
    const context = await session.browser.newContext({ viewport: { width, height: 844 }, locale: "ko-KR" });
    const page = await context.newPage();
    await page.goto(`${session.server.url}${path}`, { waitUntil: "networkidle" });
    return { context, page };
  }

  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");
  const fontSize = (locator: Locator) =>
    locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const horizontalOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it("lets a visitor aged 66 on the basic pension check every program, one question at a time, and stores nothing", async () => {
    const { context, page } = await open("/");
    // Linked from the home page and the menu, signed out.
    await page
      .locator("main")
      .getByRole("link", { name: /참여 자격 확인/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "공공일자리 참여 자격 확인" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/eligibility");
    await page.getByRole("button", { name: "메뉴" }).click();
    expect(await page.locator("nav.site-nav a").allTextContents()).toContain("자격 확인");
    await page.getByRole("button", { name: "메뉴 닫기" }).click();
    expect(await page.locator("main").textContent()).toContain("입력한 정보는 저장되지 않습니다");

    const next = () => page.getByRole("button", { name: "다음", exact: true }).click();
    const step = (n: number, title: string) =>
      page.getByRole("heading", { level: 2, name: new RegExp(`^${n}/14 단계\\s*${title}`) }).waitFor();

    // Step 1: nothing entered → the error is announced and the first box is marked.
    await step(1, "생년월일을 알려 주세요");
    await next();
    await page.getByRole("alert").getByText("생년월일을 모두 입력해 주세요").waitFor();
    expect(await page.getByLabel("태어난 해").getAttribute("aria-invalid")).toBe("true");
    // Large text for the self-check: the question's hint and the answers are at least 18 px.
    expect(await fontSize(page.locator(".selfcheck-step__hint"))).toBeGreaterThanOrEqual(18);
    expect(await fontSize(page.getByLabel("태어난 해"))).toBeGreaterThanOrEqual(18);

    // Aged 66: born 66 years and a month ago.
    const today = new Date();
    const born = new Date(Date.UTC(today.getUTCFullYear() - 66, today.getUTCMonth(), 1));
    born.setUTCMonth(born.getUTCMonth() - 1);
    await page.getByLabel("태어난 해").fill(String(born.getUTCFullYear()));
    await page.getByLabel("월", { exact: true }).fill(String(born.getUTCMonth() + 1));
    await page.getByLabel("일", { exact: true }).fill("15");
    await next();

    // Step 2: focus moves to the new question's heading, which carries the progress.
    await step(2, "어디에 사시나요");
    expect(await focusedText(page)).toMatch(/^2\/14 단계어디에 사시나요/);
    await page.getByLabel("시도").selectOption({ label: "경기도" });
    await page.getByLabel("시군구").selectOption({ label: "양주시" });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await next();

    await step(3, "함께 사는 가구원은");
    // Back and forward keep the answers.
    await page.getByRole("button", { name: "이전" }).click();
    await step(2, "어디에 사시나요");
    expect(await page.getByLabel("시군구").inputValue()).toBe("41630");
    await next();
    await step(3, "함께 사는 가구원은");
    expect(await fontSize(page.locator(".selfcheck-step__hint"))).toBeGreaterThanOrEqual(18);
    await page.getByLabel("가구원 수").fill("1");
    await next();

    await step(4, "가구 전체의 한 달 소득");
    await page.getByLabel("가구 월소득").fill("80");
    await page.getByText("800,000원으로 확인합니다.").waitFor();
    await page.screenshot({ path: "/tmp/selfcheck-mobile.png" });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await next();

    await step(5, "가구 재산은");
    await page.getByRole("button", { name: "잘 모르겠어요" }).click();

    await step(6, "기초연금을 받고 계신가요");
    await page.getByLabel("예", { exact: true }).check();
    await next();
    for (const [n, title] of [
      [7, "기초생활보장 생계급여"],
      [8, "건강보험에 직장가입자로"],
      [9, "노인장기요양등급"],
      [10, "지금 일하고 계신가요"],
    ] as const) {
      await step(n, title);
      await page.getByLabel("아니오", { exact: true }).check();
      await next();
    }
    // Experience and certificates: one question each, the details only after "예".
    await step(11, "한 분야에서 일한 경력이");
    await page.getByLabel("예", { exact: true }).check();
    await page.getByLabel("일한 분야").selectOption({ label: "돌봄" });
    await page.getByLabel("그 분야에서 일한 기간").fill("4");
    await next();
    await step(12, "가지고 있는 자격증이");
    await page.getByLabel("예", { exact: true }).check();
    await next();
    await page.getByRole("alert").getByText("자격증을 하나 이상 고르거나").waitFor();
    expect(await fontSize(page.getByText("요양보호사", { exact: true }))).toBeGreaterThanOrEqual(18);
    await page.getByLabel("요양보호사", { exact: true }).check();
    await next();
    await step(13, "해당하는 것을 모두");
    await page.getByLabel("어르신 (65세 이상)").check();
    await next();
    await step(14, "최근 3년 동안 공공일자리에");
    await page.getByLabel("없어요").check();

    const sent = page.waitForRequest((r) => r.url().endsWith("/api/eligibility") && r.method() === "POST");
    await page.getByRole("button", { name: "결과 보기" }).click();
    const profile = (await sent).postDataJSON();
    expect(profile).toMatchObject({
      regionCode: "41630",
      householdSize: 1,
      householdIncomeMonthly: 800_000,
      receivesBasicPension: true,
      livelihoodBenefit: false,
      employed: false,
      groups: ["senior"],
      participations: [],
      experienceYears: { care: 4 },
      certificates: ["care_worker"],
    });
    // "잘 모르겠어요" leaves the fact out: the programs that need it ask for a document.
    expect(profile).not.toHaveProperty("propertyValue");

    await page.getByRole("heading", { level: 2, name: "확인 결과" }).waitFor();
    expect(await focusedText(page)).toBe("확인 결과");
    const group = (name: string) =>
      page.locator("section.result-group", { has: page.getByRole("heading", { level: 3, name }) });
    const card = (name: string) =>
      page.locator(".eligibility-card", { has: page.getByRole("heading", { level: 4, name, exact: true }) });

    // 노인일자리 공익활동형 is under 참여 가능, with its reasons and a status in words.
    const seniorCard = group("참여 가능").locator(".eligibility-card", {
      has: page.getByRole("heading", { level: 4, name: "노인일자리 공익활동형", exact: true }),
    });
    expect(await seniorCard.count()).toBe(1);
    expect(await seniorCard.locator(".status-badge").textContent()).toContain("참여 가능");
    expect(await seniorCard.locator(".reason-list").textContent()).toContain("기초연금을 받고 있습니다");

    // 공공근로 with its reasons: income passes (80만원 for one person), property is unknown.
    const publicWorks = card("공공근로");
    const reasons = (await publicWorks.locator(".reason-list").textContent()) ?? "";
    expect(reasons).toContain("경기도 양주시에서 운영합니다");
    expect(reasons).toMatch(/가구소득이 기준중위소득 70% 이하입니다/);
    expect(reasons).toContain("가구 재산이 4억원 이하인지 확인해야 합니다");
    expect(await publicWorks.locator(".status-badge").textContent()).toContain("서류 확인 필요");
    expect(await publicWorks.textContent()).toContain("가구 재산을 알려 주시면 판정할 수 있어요.");
    expect(await publicWorks.locator(".reason--passed .reason__outcome").first().textContent()).toBe("충족");
    expect(await publicWorks.locator(".reason--unknown .reason__outcome").first().textContent()).toBe(
      "확인 필요",
    );
    // Unconfirmed figures are named, and the selection score shows its parts.
    expect(await publicWorks.locator(".badge--review").count()).toBeGreaterThan(0);
    expect(await publicWorks.textContent()).toContain("검토 필요 항목: ");
    expect(await publicWorks.locator(".score-breakdown").textContent()).toMatch(/선발 점수 -?\d+점/);
    // Programs for the young are not possible, with the failed rule first.
    const youth = group("참여 어려움").locator(".eligibility-card", {
      has: page.getByRole("heading", { level: 4, name: "지역주도형 청년일자리", exact: true }),
    });
    expect(await youth.locator(".reason--failed").first().textContent()).toContain("나이 조건");

    // Two screens from the results' heading (the whole page is some fifteen screens long).
    const top = await page
      .locator(".selfcheck-results")
      .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await page.screenshot({
      path: "/tmp/selfcheck-results.png",
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 16), width: 390, height: 1688 },
    });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await fontSize(publicWorks.locator(".reason__text").first())).toBeGreaterThanOrEqual(18);

    // "답하기" goes back to the question; answering it there settles 공공근로.
    await publicWorks.getByRole("button", { name: "가구 재산 답하러 가기" }).click();
    await step(5, "가구 재산은");
    await page.getByLabel("가구 재산").fill("5000");
    await page.getByRole("button", { name: "이 답으로 결과 다시 보기" }).click();
    await page.getByRole("heading", { level: 2, name: "확인 결과" }).waitFor();
    await group("참여 가능")
      .locator(".eligibility-card", {
        has: page.getByRole("heading", { level: 4, name: "공공근로", exact: true }),
      })
      .waitFor();

    // English: the reasons in English, from the same answer.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    expect(await page.locator("main").textContent()).toContain("Receives the basic pension");

    // Nothing was kept in the browser either.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(String(born.getUTCFullYear()));
    expect(stored).not.toContain("41630");
    await context.close();
  });

  it("lets a district officer set their district's income limit for 공공근로, shown as 우리 구, and undo it", async () => {
    const officer = demoAccount(session.server.demoAccounts, "district_officer", "41115");
    const { context, page } = await open("/login", 1280);
    await signIn(page, session.server.url, officer);
    await page.locator("nav.site-nav").getByRole("link", { name: "사업 기준" }).click();
    await page.getByRole("heading", { level: 1, name: "공공일자리 사업과 참여 기준" }).waitFor();
    await page.locator(".program-item").first().waitFor();
    expect(await page.locator(".program-item").count()).toBe(13);
    await page.getByRole("link", { name: "공공근로", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/programs/public_works");
    await page.getByRole("heading", { level: 2, name: /^적용 기준/ }).waitFor();
    await page.getByText("담당 지역인 경기도 수원시 팔달구에 적용되는 기준입니다.").waitFor();

    const section = (name: string) =>
      page.locator(".rule-section", { has: page.getByRole("heading", { level: 3, name, exact: true }) });
    const income = section("소득");
    expect(await income.textContent()).toContain("가구소득이 기준중위소득 70% 이하");
    expect(await income.locator(".origin-tag").textContent()).toContain("전국");
    expect(await income.locator(".rule-section__source").textContent()).toContain("출처:");
    // Readable rules with their sources, and the review badge on unconfirmed figures.
    expect(await section("재원 분담").textContent()).toContain("국비 50% · 시도비 25% · 시군구비 25%");
    expect(await section("재원 분담").locator(".badge--review").textContent()).toBe("검토 필요");
    expect(await section("근무 시간").textContent()).toContain("만 70세 이상: 주 최대 15시간");

    // An out-of-range figure: the API's message beside the field.
    await page.getByLabel("소득: 우리 지역 기준 사용").check();
    await page.getByLabel("기준중위소득 대비 상한").fill("500");
    await page.locator("#f-rules-income-source").fill("팔달구 2026 공공근로 1단계 모집 공고 제2026-3호");
    await page.getByLabel("바꾸는 이유").fill("팔달구 1단계 공고의 소득 기준(80%)에 맞춤");
    await page.getByRole("button", { name: "지역 기준 저장" }).click();
    await page.locator("#f-rules-income-maxPercentOfMedian-error").getByText("300 이하").waitFor();
    expect(await page.getByLabel("기준중위소득 대비 상한").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("기준중위소득 대비 상한").fill("80");
    const saved = page.waitForResponse(
      (r) => r.url().includes("/api/programs/public_works/rules/") && r.request().method() === "PUT",
    );
    await page.getByRole("button", { name: "지역 기준 저장" }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole("status").getByText("저장했습니다").waitFor();
    await income.locator(".origin-tag", { hasText: "우리 구" }).waitFor();
    expect(await income.textContent()).toContain("가구소득이 기준중위소득 80% 이하");
    expect(await income.locator(".rule-section__source").textContent()).toContain("제2026-3호");
    expect(await page.locator(".program-overrides").textContent()).toContain("경기도 수원시 팔달구: 소득");
    await income.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/program-rules.png", fullPage: true });

    // The self-check in that district now uses 80%: 75% of the median passes there.
    const verdict = await page.evaluate(async () => {
      const res = await fetch("/api/eligibility", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          birthDate: "1980-05-01",
          regionCode: "41115",
          householdSize: 1,
          householdIncomeMonthly: 1_923_000,
          propertyValue: 10_000_000,
        }),
      });
      const body = (await res.json()) as {
        results: { program: string; reasons: { rule: string; passed: boolean }[] }[];
      };
      return body.results.find((r) => r.program === "public_works")?.reasons.find((r) => r.rule === "income");
    });
    expect(verdict?.passed).toBe(true);

    // The ministry sees the district's rule by its name, and no edit form.
    const ministry = await session.browser.newContext({ viewport: { width: 1280, height: 844 } });
    const ministryPage = await ministry.newPage();
    await ministryPage.goto(`${session.server.url}/login`, { waitUntil: "networkidle" });
    await signIn(ministryPage, session.server.url, demoAccount(session.server.demoAccounts, "ministry"));
    await ministryPage.goto(`${session.server.url}/programs/public_works?region=41115`, {
      waitUntil: "networkidle",
    });
    const ministryIncome = ministryPage.locator(".rule-section", {
      has: ministryPage.getByRole("heading", { level: 3, name: "소득", exact: true }),
    });
    await ministryIncome.locator(".origin-tag", { hasText: "시군구 · 수원시 팔달구" }).waitFor();
    expect(await ministryPage.getByRole("button", { name: "지역 기준 저장" }).count()).toBe(0);
    await ministry.close();

    // Back to the national rule, with a reason.
    await page.getByLabel("되돌리는 이유").fill("시험 입력을 지우고 전국 기준으로 되돌림");
    await page.getByRole("button", { name: "전국 기준으로 되돌리기" }).click();
    await page.getByRole("status").getByText("전국 기준으로 되돌렸습니다").waitFor();
    await income.locator(".origin-tag", { hasText: "전국" }).waitFor();
    expect(await income.textContent()).toContain("가구소득이 기준중위소득 70% 이하");
    await context.close();
  });
});
