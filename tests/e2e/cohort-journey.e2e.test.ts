import type { Page } from "playwright-core";
import { describe, expect, it, vi } from "vitest";
import { residentBody } from "../helpers/api-fixtures.ts";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * A cohort from recruitment to placement, in the browser: the 관악구 district officer sets up a
 * 서울 동행일자리 cohort with two of the district's work items, opens recruitment and enters a
 * walk-in application; the district's demo resident applies online on a phone; the officer closes
 * recruitment, screens, selects by score and places the selected person; a full cohort refuses a
 * second selection with an alert; the resident sees their place on the waiting list and withdraws.
 * The server runs on the real clock, so the recruitment window is set around today (Asia/Seoul).
 */
const available = browserAvailable();
const DETAIL_SCREENSHOT = process.env.MAEUL_COHORT_SCREENSHOT ?? "/tmp/cohort-detail.png";
const MOBILE_SCREENSHOT = process.env.MAEUL_MY_APPLICATIONS_SCREENSHOT ?? "/tmp/my-applications-mobile.png";
const DISTRICT = "11620";
const COHORT_NAME = "동행일자리 브라우저 시험 회차";

/** A date `days` from today in Korea, YYYY-MM-DD (the API's calendar for recruitment windows). */
function seoulDate(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function fillBirthDate(page: Page, year: string, month: string, day: string) {
  const birth = page.getByRole("group", { name: /생년월일/ });
  await birth.getByLabel("태어난 해").fill(year);
  await birth.getByLabel("월", { exact: true }).fill(month);
  await birth.getByLabel("일", { exact: true }).fill(day);
}

/** The applicant rows (not their screening rows), as text. */
async function applicantRows(page: Page): Promise<string[]> {
  return page.locator(".applicant-table tbody tr:not(.applicant-detail)").allTextContents();
}

describe.skipIf(!available)("a cohort from recruitment to placement", () => {
  // Seeding the ten pilot districts takes minutes on a busy machine: more than the default hook time.
  vi.setConfig({ hookTimeout: 420_000 });
  const session = useServerAndBrowser({ demoAccounts: true });

  it("is set up, recruited, screened, selected and placed in the browser, and residents are notified", async () => {
    const { url, demoAccounts } = session.server;
    const officerContext = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "ko-KR",
    });
    const residentContext = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "ko-KR",
      isMobile: true,
      hasTouch: true,
    });
    const officer = await officerContext.newPage();
    const resident = await residentContext.newPage();

    // The demo resident signs in first: their record is the one the walk-in must not take.
    await signIn(resident, url, demoAccount(demoAccounts, "resident", DISTRICT));
    const residentId = await resident.evaluate(async () => {
      const state = (await (await fetch("/api/auth/session")).json()) as { user: { residentId: string } };
      return state.user.residentId;
    });
    expect(residentId).toBeTruthy();

    // 1. The district officer sets up the cohort.
    await signIn(officer, url, demoAccount(demoAccounts, "district_officer", DISTRICT));
    await officer.locator("nav.site-nav").getByRole("link", { name: "모집 회차" }).click();
    await officer.getByRole("heading", { level: 1, name: "모집 회차" }).waitFor();
    await officer.getByRole("link", { name: "새 모집 회차" }).click();
    await officer.getByRole("heading", { level: 1, name: "새 모집 회차" }).waitFor();

    // Submitting empty: the summary takes focus and names the missing fields.
    await officer.getByRole("button", { name: "모집 회차 만들기" }).click();
    const summary = officer.getByRole("alert").filter({ hasText: "입력 내용을 확인해 주세요" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("사업: 필수 항목입니다.");

    await officer.getByLabel(/^사업/).first().selectOption({ label: "서울 동행일자리" });
    await officer.getByLabel(/^회차 이름/).fill(COHORT_NAME);
    await officer.getByLabel(/^모집 시작일/).fill(seoulDate(-1));
    await officer.getByLabel(/^모집 마감일/).fill(seoulDate(7));
    await officer.getByLabel(/^참여 시작일/).fill(seoulDate(14));
    await officer.getByLabel(/^참여 종료일/).fill(seoulDate(104));
    await officer.getByLabel(/^모집 인원/).fill("1");
    const budget = officer.getByLabel(/^예산/);
    await budget.pressSequentially("24000000");
    expect(await budget.inputValue()).toBe("24,000,000");
    await officer.getByText("2,400만원").waitFor();

    // Two of the district's open work items.
    const addButtons = officer.locator(".work-item-options").getByRole("button", { name: /^추가/ });
    await addButtons.first().waitFor();
    await addButtons.nth(0).click();
    await addButtons.nth(1).click();
    expect(await officer.locator(".chosen-work-items__item").count()).toBe(2);

    await officer.getByRole("button", { name: "모집 회차 만들기" }).click();
    await officer.waitForURL(/\/cohorts\/[0-9a-f-]{36}$/);
    const cohortUrl = officer.url();
    await officer.getByRole("heading", { level: 1, name: COHORT_NAME }).waitFor();
    const lifecycle = officer.locator(".cohort-lifecycle");
    expect(await lifecycle.locator("[aria-current=step]").textContent()).toContain("준비 중");

    // 2. Recruitment opens, after a confirmation.
    await lifecycle.getByRole("button", { name: "모집 시작" }).click();
    const openDialog = officer.getByRole("dialog", { name: "모집을 시작할까요?" });
    await openDialog.waitFor();
    // Nothing to fill in: focus is on the safe choice.
    expect(await officer.evaluate(() => document.activeElement?.textContent)).toBe("취소");
    await openDialog.getByRole("button", { name: "모집 시작" }).click();
    await lifecycle.getByRole("status").filter({ hasText: "‘모집 중’ 단계로" }).waitFor();
    expect(await lifecycle.locator("[aria-current=step]").textContent()).toContain("모집 중");

    // 3. A walk-in application for another resident of the district, low income, found at the
    // counter by name and the phone's last four digits (the blind-index lookup).
    const visitor = await officer.evaluate(
      async (body) => {
        const response = await fetch("/api/residents", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        return ((await response.json()) as { id: string }).id;
      },
      residentBody({ personal: { name: "방문해", phone: "010-4321-8765", address: "서울 관악구 관악로 1" } }),
    );
    await officer.getByRole("button", { name: "방문 신청 입력" }).click();
    const walkIn = officer.locator("form.walk-in");
    const lookup = walkIn.getByRole("group", { name: "이름으로 주민 찾기" });
    await lookup.getByRole("button", { name: "찾기" }).click();
    await lookup.getByText("이름을 입력해 주세요.").waitFor();
    await lookup.getByLabel(/^이름/).fill("방문해");
    await lookup.getByLabel(/^전화번호 뒤 4자리/).fill("8765");
    await lookup.getByLabel(/^전화번호 뒤 4자리/).press("Enter");
    await lookup.getByRole("status").filter({ hasText: "1명을 찾았습니다." }).waitFor();
    expect(await lookup.locator(".resident-options").textContent()).toContain("방*해");
    await lookup.locator(`input[name="walkin-lookup"][value="${visitor}"]`).check();
    await walkIn.getByText("공공일자리 참여 이력").waitFor();

    // From the paper records: one past participation, then one that overlaps it (a 409, named).
    const recordParticipation = async (program: string, start: string, end: string) => {
      const form = walkIn.getByRole("group", { name: "참여 이력 추가" });
      await form.getByLabel(/^사업/).selectOption({ label: program });
      await form.getByLabel(/^시작일/).fill(start);
      await form.getByLabel(/^종료일/).fill(end);
      await form.getByRole("button", { name: "이력 저장" }).click();
    };
    await walkIn.getByRole("button", { name: "참여 이력 추가" }).click();
    await recordParticipation("지역공동체일자리", "2022-03-02", "2022-06-30");
    await walkIn.locator(".participation-history__list li", { hasText: "지역공동체일자리" }).waitFor();
    await walkIn.getByRole("button", { name: "참여 이력 추가" }).click();
    await recordParticipation("공공근로", "2022-06-01", "2022-09-30");
    await walkIn
      .getByRole("alert")
      .filter({ hasText: "다른 직접일자리와 참여 기간이 겹칩니다: 지역공동체일자리 2022-03-02~2022-06-30" })
      .waitFor();
    await walkIn.getByRole("group", { name: "참여 이력 추가" }).getByRole("button", { name: "취소" }).click();
    expect(await walkIn.locator(".participation-history__list li").count()).toBe(1);

    await fillBirthDate(officer, "1968", "3", "15");
    await walkIn.getByLabel(/^가구원 수/).fill("2");
    await walkIn.getByLabel(/^부양가족 수/).fill("1");
    await walkIn.getByLabel(/^가구 월소득/).fill("50");
    await walkIn.getByText("500,000원으로 확인합니다.").waitFor();
    await walkIn.getByLabel(/^가구 재산/).fill("1000");
    const lowIncome = walkIn.getByLabel(/^저소득/);
    if (!(await lowIncome.isChecked())) await lowIncome.check();
    await walkIn.getByRole("button", { name: "방문 신청 등록" }).click();
    await walkIn.getByRole("status").filter({ hasText: "방문 신청을 등록했습니다" }).waitFor();

    // 4. The resident applies online, on a phone.
    await resident.goto(`${url}/cohorts`, { waitUntil: "networkidle" });
    await resident.getByRole("heading", { level: 1, name: "참여 신청" }).waitFor();
    const card = resident.locator("article.cohort-card", { hasText: COHORT_NAME });
    await card.getByRole("link", { name: /^신청하기/ }).click();
    await resident.getByRole("heading", { level: 1, name: `${COHORT_NAME} 참여 신청` }).waitFor();
    await fillBirthDate(resident, "1972", "8", "1");
    await resident.getByLabel(/^함께 사는 가구원은/).fill("1");
    await resident.getByLabel(/^가구 전체의 한 달 소득은/).fill("200");
    await resident.getByLabel(/^가구 재산은/).fill("10000");
    const checkedGroups = resident.locator('input[id^="selfcheck-group-"]:checked');
    while ((await checkedGroups.count()) > 0) await checkedGroups.first().uncheck();
    await resident.getByRole("button", { name: "신청하기", exact: true }).click();
    await resident.getByRole("heading", { name: "신청했습니다" }).waitFor();
    expect(await resident.locator(".cohort-applied").textContent()).toContain("접수");

    // 5. Recruitment closes; screening; selection by score.
    await officer.goto(cohortUrl, { waitUntil: "networkidle" });
    expect(await applicantRows(officer)).toHaveLength(2);
    const channels = (await applicantRows(officer)).join("|");
    expect(channels).toContain("온라인");
    expect(channels).toContain("방문");

    await lifecycle.getByRole("button", { name: "모집 마감" }).click();
    await officer
      .getByRole("dialog", { name: "모집을 마감할까요?" })
      .getByRole("button", { name: "모집 마감" })
      .click();
    await lifecycle.getByRole("status").filter({ hasText: "‘선발 중’ 단계로" }).waitFor();

    await lifecycle.getByRole("button", { name: "자격 심사" }).click();
    await lifecycle
      .getByRole("status")
      .filter({ hasText: "자격 심사를 마쳤습니다. 결과가 바뀐 신청 2건" })
      .waitFor();
    await officer.locator(".count-card", { hasText: "자격 충족" }).filter({ hasText: "2명" }).waitFor();

    // Each row opens to its screening: rule by rule, and the score made up.
    const walkInRow = officer.locator(".applicant-table tbody tr:not(.applicant-detail)", {
      hasText: "방문",
    });
    await walkInRow.getByRole("button", { name: /^심사 내용/ }).click();
    const walkInDetail = officer.locator(".applicant-detail:not([hidden])");
    await walkInDetail.getByText(/^자격 기준별 결과 \(\d{4}년 기준\)$/).waitFor();
    expect(await walkInDetail.locator(".reason--passed").count()).toBeGreaterThan(0);
    expect(await walkInDetail.locator(".score-parts li").count()).toBeGreaterThan(0);
    await walkInDetail.locator(".score-parts li", { hasText: "부양가족 1명" }).waitFor();
    expect(await walkInRow.getByRole("button", { name: /^심사 내용/ }).getAttribute("aria-expanded")).toBe(
      "true",
    );

    await lifecycle.getByRole("button", { name: "점수순 선발" }).click();
    await officer
      .getByRole("dialog", { name: "점수순으로 선발할까요?" })
      .getByRole("button", { name: "점수순 선발" })
      .click();
    await lifecycle.getByRole("status").filter({ hasText: "선발을 마쳤습니다" }).waitFor();
    await officer
      .locator(".applicant-table tbody tr:not(.applicant-detail)", { hasText: "대기 1번" })
      .waitFor();
    // The low-income walk-in applicant scores higher and takes the one place.
    expect(await walkInRow.locator(".application-badge").textContent()).toContain("선발");

    // 6. Placement on one of the two work items, chosen in the dialog.
    await walkInRow.getByRole("button", { name: /^배치/ }).click();
    const placeDialog = officer.getByRole("dialog", { name: /배치$/ });
    await placeDialog.getByRole("button", { name: "배치하기" }).click();
    await placeDialog.getByText("배치할 일감을 골라 주세요.").waitFor();
    await placeDialog.getByRole("radio").first().check();
    await placeDialog.getByRole("button", { name: "배치하기" }).click();
    await placeDialog.waitFor({ state: "hidden" });
    await officer.getByRole("status").filter({ hasText: "배치 완료" }).waitFor();
    await walkInRow.locator(".application-badge", { hasText: "배치 완료" }).waitFor();

    await officer.locator(".count-card", { hasText: "배치 완료" }).waitFor();
    await officer.screenshot({ path: DETAIL_SCREENSHOT, fullPage: true });

    // With the one place taken, the waiting applicant is not offered 선발; the page says why.
    const waitingRow = officer.locator(".applicant-table tbody tr:not(.applicant-detail)", {
      hasText: "대기 1번",
    });
    expect(await waitingRow.getByRole("button", { name: /^선발/ }).count()).toBe(0);
    expect(await waitingRow.getByRole("button", { name: /^미선정/ }).count()).toBe(1);
    await officer.getByText("정원(1명)이 모두 찼습니다").waitFor();

    // 7. The notification outbox has the messages to both residents.
    const notifications = await officer.evaluate(async (region) => {
      const response = await fetch(`/api/notifications?region=${region}&pageSize=100`);
      return {
        status: response.status,
        body: (await response.json()) as {
          items: { templateCode: string; recipient: { residentId: string } }[];
        },
      };
    }, DISTRICT);
    expect(notifications.status).toBe(200);
    const templates = (who: string) =>
      notifications.body.items
        .filter((n) => n.recipient.residentId === who)
        .map((n) => n.templateCode)
        .sort();
    expect(templates(residentId)).toEqual(["application_received", "waiting_list"]);
    const others = notifications.body.items.filter((n) => n.recipient.residentId !== residentId);
    expect(others.map((n) => n.templateCode).sort()).toEqual(
      expect.arrayContaining(["application_received", "selected", "start_reminder", "participation_ending"]),
    );

    // 8. The resident sees their place on the waiting list, and withdraws.
    await resident.goto(`${url}/me/applications`, { waitUntil: "networkidle" });
    await resident.getByRole("heading", { level: 1, name: "내 신청" }).waitFor();
    const mine = resident.locator("article.my-application", { hasText: COHORT_NAME });
    await mine.locator(".application-badge", { hasText: "대기 1번" }).waitFor();
    expect(await mine.textContent()).toContain("선발된 분이 포기하면 순서대로 선발됩니다");
    await resident.screenshot({ path: MOBILE_SCREENSHOT, fullPage: true });

    await mine.getByRole("button", { name: /^참여 포기/ }).click();
    const withdrawDialog = resident.getByRole("dialog", { name: "참여를 포기할까요?" });
    await withdrawDialog.getByLabel(/^포기 사유/).fill("개인 사정");
    await withdrawDialog.getByRole("button", { name: "참여 포기" }).click();
    await resident.getByRole("status").filter({ hasText: "신청을 포기했습니다" }).waitFor();
    await mine.locator(".application-badge", { hasText: "포기" }).waitFor();
    expect(await mine.getByRole("button", { name: /^참여 포기/ }).count()).toBe(0);

    await officerContext.close();
    await residentContext.close();
  }, 240_000);
});
