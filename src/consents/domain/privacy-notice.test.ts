import { describe, expect, it } from "vitest";
import { CURRENT_PRIVACY_NOTICE, NOTICE_HISTORY } from "./privacy-notice.ts";
import { KEPT_AFTER_DELETION, RETENTION_AFTER_DELETION } from "./retention.ts";

describe("the privacy notice", () => {
  it("is the newest of a history with unique versions and real dates, newest first", () => {
    expect(CURRENT_PRIVACY_NOTICE).toBe(NOTICE_HISTORY[0]);
    expect(new Set(NOTICE_HISTORY.map((n) => n.version)).size).toBe(NOTICE_HISTORY.length);
    for (const notice of NOTICE_HISTORY) {
      expect(notice.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${notice.effectiveDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
        notice.effectiveDate,
      );
    }
    const dates = NOTICE_HISTORY.map((n) => n.effectiveDate);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("keeps the audit log at least the two years the safety-measures standard asks", () => {
    expect(KEPT_AFTER_DELETION.map((k) => RETENTION_AFTER_DELETION[k].kept)).toEqual([
      ...KEPT_AFTER_DELETION,
    ]);
    expect(RETENTION_AFTER_DELETION.audit_log.years).toBeGreaterThanOrEqual(2);
  });
});
