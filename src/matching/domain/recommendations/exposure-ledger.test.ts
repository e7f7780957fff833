import { describe, expect, it } from "vitest";
import { ExposureLedger } from "./exposure-ledger.ts";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 30);

describe("ExposureLedger", () => {
  it("halves a count every half-life", () => {
    const ledger = new ExposureLedger(3, 72);
    ledger.recordShown("a", [0, 1], T0);
    ledger.recordShown("b", [1], T0);
    expect(ledger.recent(0, T0)).toBeCloseTo(1, 12);
    expect(ledger.recent(1, T0)).toBeCloseTo(2, 12);
    expect(ledger.recent(2, T0)).toBe(0);
    expect(ledger.recent(1, T0 + 72 * HOUR)).toBeCloseTo(1, 12);
    expect(ledger.recent(1, T0 + 144 * HOUR)).toBeCloseTo(0.5, 12);
  });

  it("adds to the faded count, and counts an item once per resident while it stays on their list", () => {
    const ledger = new ExposureLedger(2, 10);
    ledger.recordShown("a", [0], T0);
    ledger.recordShown("b", [0], T0 + 10 * HOUR);
    expect(ledger.recent(0, T0 + 10 * HOUR)).toBeCloseTo(1.5, 12);
    ledger.recordShown("b", [0, 1], T0 + 10 * HOUR);
    expect(ledger.recent(0, T0 + 10 * HOUR)).toBeCloseTo(1.5, 12);
    expect(ledger.recent(1, T0 + 10 * HOUR)).toBeCloseTo(1, 12);
  });

  it("takes a count stamped after the asked time unfaded", () => {
    const ledger = new ExposureLedger(1, 72);
    ledger.recordShown("a", [0], T0);
    expect(ledger.recent(0, T0 - 5 * HOUR)).toBe(1);
  });

  it("agrees between the per-request fade and the per-item call", () => {
    const ledger = new ExposureLedger(4, 24);
    ledger.recordShown("a", [0, 1, 2], T0);
    ledger.recordShown("b", [2, 3], T0 + 7 * HOUR);
    const now = T0 + 31 * HOUR;
    const fade = ledger.fadeAt(now);
    for (let i = 0; i < 4; i++) expect(ledger.recentAt(i, fade)).toBe(ledger.recent(i, now));
    expect(ledger.recent(2, now)).toBeCloseTo(2 ** (-31 / 24) + 2 ** (-24 / 24) * 1, 12);
  });

  it("keeps its figures across years of use (the reference time moves on, nothing overflows)", () => {
    const ledger = new ExposureLedger(2, 1);
    let now = T0;
    for (let k = 0; k < 200; k++) {
      now += 7 * HOUR;
      ledger.recordShown(`r${k}`, [k % 2], now);
    }
    // Item 1 was last shown at `now` on top of a count that had faded 14 half-lives.
    const expected = 1 + (1 + (1 + 2 ** -14) * 2 ** -14) * 2 ** -14;
    expect(ledger.recent(1, now)).toBeCloseTo(expected, 12);
    expect(ledger.recent(0, now)).toBeCloseTo(expected * 2 ** -7, 12);
    expect(Number.isFinite(ledger.recent(0, now + 5000 * HOUR))).toBe(true);
    expect(ledger.recent(0, now + 5000 * HOUR)).toBe(0);
  });

  it("carries counts over by id into a rebuilt store, faded at the new half-life", () => {
    const ledger = new ExposureLedger(3, 10);
    ledger.recordShown("a", [0, 2], T0);
    const next = ledger.carriedOver(["x", "y", "z"], ["z", "new", "x"], 20);
    expect(next.recent(0, T0 + 20 * HOUR)).toBeCloseTo(0.5, 12);
    expect(next.recent(1, T0 + 20 * HOUR)).toBe(0);
    expect(next.recent(2, T0)).toBeCloseTo(1, 12);
    expect(next.snapshot(T0, 3)).toEqual(Float64Array.from([1, 0, 1]));
  });
});
