import { describe, expect, it } from "vitest";
import { formatDate, formatTime, parseCalendarDate } from "./format-for-message.ts";
import { participationEndingNoticeAt } from "./reminder-schedule.ts";

describe("dates and times in messages", () => {
  it("Korean and English dates with the weekday", () => {
    expect(formatDate("2026-03-02", "ko")).toBe("2026년 3월 2일(월)");
    expect(formatDate("2026-03-02", "en")).toBe("Monday 2 March 2026");
    expect(formatDate("2028-02-29", "ko")).toBe("2028년 2월 29일(화)");
  });

  it("only real calendar dates", () => {
    expect(parseCalendarDate("2026-02-29")).toBeNull();
    expect(parseCalendarDate("2026-13-01")).toBeNull();
    expect(parseCalendarDate("2026-3-2")).toBeNull();
    expect(() => formatDate("2026-02-30", "ko")).toThrow(/not a calendar date/);
  });

  it("times: 오전/오후, minutes only when there are some", () => {
    expect(formatTime("09:30", "ko")).toBe("오전 9시 30분");
    expect(formatTime("14:00", "ko")).toBe("오후 2시");
    expect(formatTime("00:05", "ko")).toBe("오전 12시 5분");
    expect(formatTime("12:00", "ko")).toBe("오후 12시");
    expect(formatTime("14:00", "en")).toBe("2:00 pm");
    expect(() => formatTime("24:00", "en")).toThrow(/not a time of day/);
  });
});

describe("participationEndingNoticeAt", () => {
  it("is 14 days before the last day, at 10:00 in Korea", () => {
    expect(participationEndingNoticeAt("2026-06-30").toISOString()).toBe("2026-06-16T01:00:00.000Z");
    // Across a month boundary.
    expect(participationEndingNoticeAt("2026-03-05").toISOString()).toBe("2026-02-19T01:00:00.000Z");
  });
});
