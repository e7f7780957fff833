import { describe, expect, it, vi } from "vitest";
import { browserAvailable } from "./support/browser.ts";
import { useServerAndBrowser } from "./support/browser-session.ts";
import { demoAccount, signIn } from "./support/sign-in.ts";

/**
 * 최적 배정 in the browser, on the demo: the 관악구 district officer takes the district's demo
 * cohort (24 synthetic applicants, two work items of five places) past recruitment and screening,
 * computes the optimal allocation, reads a pair's score part by part and the reasons of those left
 * out, takes one pair out and confirms; the cohort's counts then show the placements.
 */
const available = browserAvailable();
const SCREENSHOT = process.env.MAEUL_ALLOCATION_SCREENSHOT ?? "/tmp/cohort-allocation.png";
const DISTRICT = "11620";

describe.skipIf(!available)("optimal allocation of a cohort", () => {
  vi.setConfig({ hookTimeout: 420_000 });
  const session = useServerAndBrowser({ demoAccounts: true });

  it("computes, explains, adjusts and confirms the allocation of the demo cohort", async () => {
    const { url, demoAccounts } = session.server;
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "ko-KR",
    });
    const officer = await context.newPage();
    await signIn(officer, url, demoAccount(demoAccounts, "district_officer", DISTRICT));
    const cohortId = await officer.evaluate(async (region) => {
      const response = await fetch(`/api/cohorts?region=${region}`);
      const body = (await response.json()) as { items: { id: string; nameKo: string }[] };
      return body.items.find((c) => c.nameKo.startsWith("[데모]"))!.id;
    }, DISTRICT);
    await officer.goto(`${url}/cohorts/${cohortId}`, { waitUntil: "networkidle" });
    const panel = officer.locator("section.allocation-panel");
    await panel.getByRole("heading", { level: 2, name: "최적 배정" }).waitFor();
    // While recruiting there is nothing to allocate yet.
    await panel.getByText("모집을 마감한 뒤").waitFor();

    const lifecycle = officer.locator(".cohort-lifecycle");
    await lifecycle.getByRole("button", { name: "모집 마감" }).click();
    await officer
      .getByRole("dialog", { name: "모집을 마감할까요?" })
      .getByRole("button", { name: "모집 마감" })
      .click();
    await lifecycle.getByRole("status").filter({ hasText: "‘선발 중’ 단계로" }).waitFor();
    await lifecycle.getByRole("button", { name: "자격 심사" }).click();
    await lifecycle.getByRole("status").filter({ hasText: "자격 심사를 마쳤습니다" }).waitFor();

    await panel.getByRole("button", { name: "최적 배정 계산" }).click();
    await panel.getByText("최적임이 증명됨").waitFor();
    const rows = panel.locator(".proposal-table tbody tr:not(.proposal-detail)");
    const proposed = await rows.count();
    expect(proposed).toBeGreaterThan(1);
    expect(proposed).toBeLessThanOrEqual(10);
    // Names are masked; each pair says why, and opens to its score part by part.
    const first = rows.first();
    expect(await first.locator(".resident-name").textContent()).toMatch(/\*/);
    expect(await first.textContent()).toMatch(/집에서 [\d.]+km/);
    await first.getByRole("button", { name: /^점수 구성/ }).click();
    const parts = panel.locator(".proposal-detail:not([hidden]) .score-parts li");
    expect(await parts.count()).toBeGreaterThan(5);
    expect(await parts.last().textContent()).toContain("선발 우선순위 점수");
    await panel.getByRole("table", { name: /우선 집단별/ }).waitFor();
    expect(await panel.locator(".allocation-unassigned li").count()).toBeGreaterThan(0);
    expect(await panel.locator(".allocation-unassigned").textContent()).toContain(
      "조건에 맞는 일감이 없습니다",
    );

    // One pair is taken out; the rest are confirmed.
    await first.getByRole("checkbox", { name: /^배정에서 빼기/ }).check();
    await panel.getByRole("button", { name: "배정 확정" }).click();
    const dialog = officer.getByRole("dialog", { name: "이 배정을 확정할까요?" });
    expect(await dialog.textContent()).toContain(`${proposed - 1}명을 선발하고`);
    await dialog.getByRole("button", { name: "배정 확정" }).click();
    await panel.getByRole("status").filter({ hasText: "배정을 확정했습니다" }).waitFor();
    await officer
      .locator(".count-card", { hasText: "배치 완료" })
      .filter({ hasText: `${proposed - 1}명` })
      .waitFor();
    await officer.screenshot({ path: SCREENSHOT, fullPage: true });
    await context.close();
  }, 180_000);
});
