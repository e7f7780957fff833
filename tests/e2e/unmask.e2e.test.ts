import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * A district officer unmasks one resident of their district for a stated reason, sees the name,
 * phone and address for a limited time, and then finds the access with its reason in the audit
 * log, next to their own sign-in.
 */
const available = browserAvailable();
const SCREENSHOT = process.env.MAEUL_UNMASK_SCREENSHOT ?? "/tmp/unmask.png";
const IMPORT_SCREENSHOT = process.env.MAEUL_IMPORT_SCREENSHOT ?? "/tmp/participation-import";
const EXAMPLE_HISTORY = fileURLToPath(
  new URL("../../examples/participations/participations.csv", import.meta.url),
);

describe.skipIf(!available)("unmasking a resident, audited", () => {
  const session = useServerAndBrowser({ demoAccounts: true });

  it("asks why, shows the personal fields for a minute, and logs the access with its reason", async () => {
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "ko-KR",
    });
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(`${session.server.url}/login`, { waitUntil: "networkidle" });
    await signIn(
      page,
      session.server.url,
      demoAccount(session.server.demoAccounts, "district_officer", "11620"),
    );
    await page.getByRole("heading", { level: 1, name: "주민 목록" }).waitFor();

    const firstRow = page.locator(".data-table tbody tr").first();
    const masked = ((await firstRow.locator(".resident-name").textContent()) ?? "").trim();
    expect(masked).toMatch(/\*/);
    const open = firstRow.getByRole("button", { name: /^개인정보 보기/ });
    await open.click();

    await page.getByRole("dialog", { name: `개인정보 보기: ${masked}` }).waitFor();
    const dialog = page.locator("dialog.unmask-dialog");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("radio");

    // Nothing chosen: the error is at the choice, which takes focus; nothing is sent.
    let unmaskCalls = 0;
    page.on("request", (r) => {
      if (r.url().includes("/unmask")) unmaskCalls += 1;
    });
    await dialog.getByRole("button", { name: "사유를 남기고 보기" }).click();
    await dialog.getByText("열람 사유를 골라 주세요.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("FIELDSET");

    // Own words, too short: the error is at the text box.
    await dialog.getByLabel("직접 입력", { exact: true }).check();
    await dialog.getByRole("textbox", { name: /^사유 직접 입력/ }).fill("확인");
    await dialog.getByRole("button", { name: "사유를 남기고 보기" }).click();
    await dialog.getByText("사유를 5자 이상 적어 주세요.").waitFor();
    expect(await dialog.getByRole("textbox", { name: /^사유 직접 입력/ }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(unmaskCalls).toBe(0);

    // A preset reason: the API answers with the fields in the clear.
    await dialog.getByLabel("본인 확인 (전화 상담)").check();
    const answer = page.waitForResponse((r) => r.url().includes("/unmask"));
    await dialog.getByRole("button", { name: "사유를 남기고 보기" }).click();
    const response = await answer;
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const unmasked = (await response.json()) as { name: string; phone: string | null };

    await page.getByRole("dialog", { name: "가리지 않은 개인정보" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("가리지 않은 개인정보");
    const shownName = ((await dialog.locator(".unmasked-data dd").first().textContent()) ?? "").trim();
    expect(shownName).toBe(unmasked.name);
    expect(shownName).not.toMatch(/\*/);
    expect(shownName[0]).toBe(masked[0]);
    expect(shownName.length).toBe(masked.length);
    const dialogText = (await dialog.textContent()) ?? "";
    expect(dialogText).toContain("이 열람은 감사 기록에 남았습니다. 사유: 본인 확인 (전화 상담)");
    expect(dialogText).toContain("60초");
    await page.screenshot({ path: SCREENSHOT });

    // Closing masks them again: gone from the page, focus back on the button.
    await dialog.getByRole("button", { name: "지금 가리고 닫기" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.locator("main").textContent()).not.toContain(shownName);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("개인정보 보기");

    // A second resident: the fields hide again by themselves after 60 seconds.
    const secondRow = page.locator(".data-table tbody tr").nth(1);
    await secondRow.getByRole("button", { name: /^개인정보 보기/ }).click();
    await page.getByRole("dialog").getByLabel("참여 신청 서류 확인").check();
    const second = page.waitForResponse((r) => r.url().includes("/unmask"));
    await page.getByRole("dialog").getByRole("button", { name: "사유를 남기고 보기" }).click();
    const secondName = ((await (await second).json()) as { name: string }).name;
    await page.getByRole("dialog").getByRole("heading", { name: "가리지 않은 개인정보" }).waitFor();
    await context.clock.fastForward(61_000);
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    expect(await page.locator("body").textContent()).not.toContain(secondName);

    // The audit log: the unmasking with its reason, and the officer's own sign-in.
    await page.locator("nav.site-nav").getByRole("link", { name: "감사 기록" }).click();
    await page.getByRole("heading", { level: 1, name: "감사 기록" }).waitFor();
    await page.getByRole("combobox", { name: "한 일" }).selectOption({ label: "가림 해제" });
    const unmaskEntries = page.waitForResponse(
      (r) => r.url().includes("/api/audit?") && r.url().includes("action=unmask"),
    );
    await page.getByRole("button", { name: "조회" }).click();
    expect((await unmaskEntries).status()).toBe(200);
    expect(new URL(page.url()).searchParams.get("action")).toBe("unmask");
    const rows = page.locator(".data-table tbody tr");
    await page.locator(".table-wrap:not(.is-stale) .data-table").waitFor();
    expect(await rows.count()).toBe(2);
    const newest = (await rows.nth(0).textContent()) ?? "";
    const older = (await rows.nth(1).textContent()) ?? "";
    expect(newest).toContain("가림 해제");
    expect(newest).toContain("사유: 참여 신청 서류 확인");
    expect(older).toContain("사유: 본인 확인 (전화 상담)");
    expect(older).toContain("시군구 담당 공무원");
    expect(older).not.toContain(shownName);

    await page.getByRole("combobox", { name: "한 일" }).selectOption({ label: "로그인" });
    const logins = page.waitForResponse(
      (r) => r.url().includes("/api/audit?") && r.url().includes("action=login"),
    );
    await page.getByRole("button", { name: "조회" }).click();
    expect((await logins).status()).toBe(200);
    await page.locator(".table-wrap:not(.is-stale) .data-table").waitFor();
    const loginRows = await page.locator(".data-table tbody tr").allTextContents();
    expect(loginRows.length).toBeGreaterThan(0);
    for (const row of loginRows) expect(row).toContain("로그인");
    await context.close();
  });

  /**
   * The same officer checks a participation-history file before importing it (a dry run: this
   * server's audit log above stays as it is): the example file of the repository is valid for the
   * demo district, and a broken file lists its problems by row and column.
   */
  it("checks a participation-history file without saving it, and lists a bad file's rows", async () => {
    for (const width of [390, 1280]) {
      const context = await session.browser.newContext({ viewport: { width, height: 900 }, locale: "ko-KR" });
      const page = await context.newPage();
      await page.goto(`${session.server.url}/login`, { waitUntil: "networkidle" });
      await signIn(
        page,
        session.server.url,
        demoAccount(session.server.demoAccounts, "district_officer", "11620"),
      );
      await page.getByRole("heading", { level: 1, name: "주민 목록" }).waitFor();
      await page.getByRole("link", { name: "참여 이력 가져오기 (CSV·XLSX)" }).click();
      await page.getByRole("heading", { level: 1, name: "참여 이력 가져오기" }).waitFor();

      // No file: the error is at the file field, and nothing is sent.
      await page.getByRole("button", { name: "검사만 하기" }).click();
      await page.locator(".field__error").getByText("가져올 파일을 골라 주세요.").waitFor();

      await page.getByLabel(/^가져올 파일/).setInputFiles(EXAMPLE_HISTORY);
      const checked = page.waitForResponse((r) => r.url().includes("/api/participations/import"));
      await page.getByRole("button", { name: "검사만 하기" }).click();
      const response = await checked;
      expect(response.status()).toBe(200);
      expect(new URL(response.url()).searchParams.get("dryRun")).toBe("true");
      await page
        .getByText("검사 완료: 12행 모두 올바릅니다 (주민 10명). 아직 저장하지 않았습니다.")
        .waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("결과: participations.csv");
      await page.screenshot({ path: `${IMPORT_SCREENSHOT}-${width}.png`, fullPage: true });

      // A file with a 주민등록번호 and an impossible date: a table of what to fix, nothing saved.
      await page.getByLabel(/^가져올 파일/).setInputFiles({
        name: "틀린-이력.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          "이름,전화번호,출생연도,사업,시작일\n김춘식,800101-1234567,1950,공공근로,2024-03-04\n김춘식,010-0000-1828,1950,공공근로,2024-02-30\n",
        ),
      });
      const refused = page.waitForResponse((r) => r.url().includes("/api/participations/import"));
      await page.getByRole("button", { name: "검사만 하기" }).click();
      expect((await refused).status()).toBe(422);
      const table = page.getByRole("table", { name: "행별 오류 2개" });
      await table.waitFor();
      expect(await table.locator("thead th").allTextContents()).toEqual(["행", "열", "내용"]);
      const rows = await table.locator("tbody tr").allTextContents();
      expect(rows[0]).toMatch(/^2행전화번호주민등록번호는 받지 않습니다/);
      expect(rows[1]).toMatch(/^3행시작일/);
      expect(await page.locator("main").textContent()).not.toContain("1234567");
      await page.screenshot({ path: `${IMPORT_SCREENSHOT}-errors-${width}.png`, fullPage: true });
      if (width === 1280) {
        // In English: the page's words and the API's messages both switch.
        await page.getByRole("button", { name: "English" }).click();
        await page.getByRole("heading", { level: 1, name: "Import participation history" }).waitFor();
        const english = page.getByRole("table", { name: "2 problems by row" });
        expect(await english.locator("thead th").allTextContents()).toEqual(["Row", "Column", "Problem"]);
        expect(await english.locator("tbody tr").first().textContent()).toContain(
          "Resident registration numbers are not accepted",
        );
        await page.screenshot({ path: `${IMPORT_SCREENSHOT}-errors-en-${width}.png`, fullPage: true });
      }
      await context.close();
    }
  });
});
