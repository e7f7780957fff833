import { describe, expect, it } from "vitest";
import { CONSENT_PURPOSES } from "./consent-purposes.ts";
import { type ConsentEvent, consentChange, currentConsents } from "./current-consents.ts";

const at = new Date("2026-11-29T00:00:00Z");
const event = (
  seq: number,
  purpose: ConsentEvent["purpose"],
  granted: boolean,
  version = "1.0",
): ConsentEvent => ({
  seq,
  purpose,
  granted,
  noticeVersion: version,
  noticeEffectiveDate: "2026-11-29",
  method: "web",
  recordedAt: at,
});

describe("currentConsents", () => {
  it("lists every purpose, not granted when never recorded", () => {
    const state = currentConsents([]);
    expect(state.map((s) => s.purpose)).toEqual([...CONSENT_PURPOSES]);
    expect(state.every((s) => !s.granted && s.latest === null)).toBe(true);
    expect(state.find((s) => s.purpose === "service")?.required).toBe(true);
    expect(state.find((s) => s.purpose === "research")?.required).toBe(false);
  });

  it("takes the latest row of each purpose, whatever order the rows come in", () => {
    const state = currentConsents([
      event(3, "notifications", false),
      event(1, "service", true),
      event(2, "notifications", true),
      event(4, "research", true),
    ]);
    expect(Object.fromEntries(state.map((s) => [s.purpose, s.granted]))).toEqual({
      service: true,
      notifications: false,
      research: true,
    });
    expect(state.find((s) => s.purpose === "notifications")?.latest?.seq).toBe(3);
  });
});

describe("consentChange", () => {
  const state = (history: ConsentEvent[], purpose: ConsentEvent["purpose"]) =>
    currentConsents(history).find((s) => s.purpose === purpose)!;

  it("refuses to withdraw a required purpose", () => {
    expect(consentChange(state([event(1, "service", true)], "service"), { granted: false }, "1.0")).toEqual({
      kind: "refused",
      reason: "required_purpose",
    });
  });

  it("records a grant, a withdrawal, and a grant again under a newer notice", () => {
    expect(consentChange(state([], "research"), { granted: true }, "1.0").kind).toBe("record");
    expect(
      consentChange(state([event(1, "research", true)], "research"), { granted: false }, "1.0").kind,
    ).toBe("record");
    expect(
      consentChange(state([event(1, "research", true)], "research"), { granted: true }, "1.1").kind,
    ).toBe("record");
  });

  it("adds nothing when the decision is already so under the same notice", () => {
    expect(
      consentChange(state([event(1, "research", true)], "research"), { granted: true }, "1.0").kind,
    ).toBe("unchanged");
    expect(
      consentChange(state([event(1, "research", false)], "research"), { granted: false }, "1.1").kind,
    ).toBe("unchanged");
    expect(consentChange(state([], "notifications"), { granted: false }, "1.0").kind).toBe("unchanged");
  });
});
