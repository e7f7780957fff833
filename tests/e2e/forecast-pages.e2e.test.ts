import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * The demand-forecast pages in a real browser against the real server and its seeded demo
 * history: a district officer's menu leads to the own district's chart, whose table alternative
 * lists the same months; the gap map names its regions for assistive technology and opens a
 * region's forecast; the ministry's comparison sorts. Each page is also saved as a screenshot
 * (maeul-forecast-*.png in the temporary directory) for a person to look at.
 */
const available = browserAvailable();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(os.tmpdir(), `maeul-forecast-${name}.png`), fullPage: true });

describe.skipIf(!available)("forecast pages", () => {
  const session = useServerAndBrowser({ demoAccounts: true });

  async function open(pathname: string, width: number): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}${pathname}`, { waitUntil: "networkidle" });
    return page;
  }

  it("leads a district officer from the menu to the own district's chart and its table", async () => {
    const page = await open("/login", 390);
    await signIn(
      page,
      session.server.url,
      demoAccount(session.server.demoAccounts, "district_officer", "11620"),
    );
    await page.getByRole("button", { name: "메뉴" }).click();
    await page.getByRole("link", { name: "수요 예측" }).click();
    await page.waitForURL((url) => url.pathname === "/forecasts/11620");
    await page.getByRole("heading", { level: 1, name: "서울특별시 관악구 일감 수요 예측" }).waitFor();

    await page.getByRole("button", { name: "교육", exact: true }).click();
    expect(new URL(page.url()).searchParams.get("category")).toBe("education");
    const chart = page.getByRole("img", { name: /관악구 교육 분야 월별 일감 수요/ });
    await chart.waitFor();
    await expect(chart.locator("desc").textContent()).resolves.toMatch(/다음 12개월 예측 합계는 [\d,]+시간/);
    for (const part of ["history", "mean", "band80", "band95"]) {
      expect(await chart.locator(`path.forecast-chart__${part}`).getAttribute("d")).toMatch(/^M/);
    }

    const toggle = page.getByRole("button", { name: "표로 보기" });
    await toggle.click();
    expect(await page.getByRole("button", { name: "표 닫기" }).getAttribute("aria-expanded")).toBe("true");
    const table = page.getByRole("table", { name: /관악구 교육 분야 월별 실적과 예측/ });
    const forecastRows = table.locator("tbody tr.forecast-table__forecast");
    expect(await forecastRows.count()).toBe(12);
    const cells = await forecastRows.first().locator("td").allTextContents();
    expect(cells[0]).toBe("—");
    expect(cells[1]).toMatch(/^[\d,]+$/);
    expect(cells[2]).toMatch(/^[\d,]+~[\d,]+$/);
    expect(cells[3]).toMatch(/^[\d,]+~[\d,]+$/);
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(36);
    await expect(
      page.getByRole("link", { name: /관악구에 맞는 일자리 설계 제안 보기/ }).getAttribute("href"),
    ).resolves.toBe("/job-design?region=11620");
    await shot(page, "region");
    await page.context().close();
  });

  it("names the regions of the gap map and opens a region's forecast from it", async () => {
    const page = await open("/forecasts/map?sido=11&category=care", 390);
    const gwanak = page.getByRole("link", { name: /^관악구: 주민 1천 명당 [\d,.]+시간 부족/ });
    await gwanak.waitFor();
    expect(await page.locator("a.gap-map__link").count()).toBe(25);
    await expect(
      page.getByRole("heading", { name: /서울특별시 시군구별 부족 시간: 돌봄/ }).count(),
    ).resolves.toBe(1);
    // The list alternative has the same 25 regions, each a link to its forecast.
    await page.getByText("지역 목록으로 보기 (25곳)").click();
    expect(await page.locator("table.gap-table tbody tr").count()).toBe(25);
    await shot(page, "map");
    await gwanak.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/forecasts/11620");
    await page.getByRole("heading", { level: 1, name: "서울특별시 관악구 일감 수요 예측" }).waitFor();
    await page.context().close();
  });

  it("compares the pilot districts in a sortable table with a bar chart", async () => {
    const page = await open("/forecasts/compare", 1280);
    const table = page.getByRole("table", { name: /시범 지역별 예측 수요/ });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(10);
    const gapHeader = table.locator("th", { hasText: "주민 1천 명당 부족 (시간)" });
    expect(await gapHeader.getAttribute("aria-sort")).toBe("descending");
    const gaps = (await table.locator("tbody tr td:nth-child(7)").allTextContents()).map((v) =>
      Number(v.replace(/,/g, "")),
    );
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));

    await table.getByRole("button", { name: /인구 \(명\)/ }).click();
    await table.getByRole("button", { name: /인구 \(명\)/ }).click();
    const populationHeader = table.locator("th", { hasText: "인구 (명)" });
    expect(await populationHeader.getAttribute("aria-sort")).toBe("ascending");
    const populations = (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map((v) =>
      Number(v.replace(/,/g, "")),
    );
    expect(populations).toEqual([...populations].sort((a, b) => a - b));

    const bars = page.getByRole("img", { name: /주민 1천 명당 부족 시간: 모든 분야/ });
    expect(await bars.locator("rect").count()).toBe(10);
    await expect(bars.locator("desc").textContent()).resolves.toMatch(/가장 큰 곳은 .+\([\d,.]+시간\)/);
    await page.getByLabel("분야", { exact: true }).selectOption("care");
    await page.getByRole("heading", { name: "수요와 부족: 돌봄" }).waitFor();
    await shot(page, "compare");
    await page.context().close();
  });
});
