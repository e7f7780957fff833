import { describe, expect, it } from "vitest";
import {
  assertTemplateParams,
  NOTIFICATION_TEMPLATES,
  NotificationTemplateError,
  needsNotificationConsent,
  renderNotification,
  TEMPLATE_CODES,
  type TemplateCode,
} from "./notification-templates.ts";
import { NOTIFICATION_LOCALES } from "./notification-vocabulary.ts";
import type { TemplateParams } from "./template-params.ts";

/** Every template's required params, with values of the right kind. */
const REQUIRED: Record<TemplateCode, TemplateParams> = {
  application_received: { programName: "노인일자리 공익활동 사업", appliedOn: "2026-01-05" },
  selected: { programName: "노인일자리 공익활동 사업" },
  not_selected: {
    programName: "공공근로사업",
    reason: { ko: "모집 인원이 찼습니다", en: "all places were filled" },
  },
  waiting_list: { programName: "지역공동체일자리사업", position: 3 },
  start_reminder: { programName: "공공근로사업", startDate: "2026-03-02", placeName: "관악구청" },
  participation_ending: { programName: "지역공동체일자리사업", endDate: "2026-06-30" },
};

const NO_MISSING_VALUE = /undefined|null|NaN|\[object Object\]/;

describe("every template", () => {
  it("is covered by this test", () => {
    expect(Object.keys(REQUIRED).sort()).toEqual([...TEMPLATE_CODES].sort());
  });

  for (const code of TEMPLATE_CODES) {
    for (const locale of NOTIFICATION_LOCALES) {
      it(`${code} renders in ${locale} with its required params only`, () => {
        const message = renderNotification(code, REQUIRED[code], locale);
        expect(message.text).not.toMatch(NO_MISSING_VALUE);
        expect(message.subject).not.toMatch(NO_MISSING_VALUE);
        expect(message.text.startsWith(locale === "ko" ? "[마을]" : "[Maeul]")).toBe(true);
        expect(message.text).toContain(REQUIRED[code].programName as string);
      });
    }

    const requiredNames = Object.entries(NOTIFICATION_TEMPLATES[code].params)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name);
    for (const name of requiredNames) {
      it(`${code} without ${name} is an error that names it, in Korean and English`, () => {
        const { [name]: _left, ...params } = REQUIRED[code];
        let error: unknown;
        try {
          renderNotification(code, params, "ko");
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(NotificationTemplateError);
        const e = error as NotificationTemplateError;
        expect(e.problems).toEqual([expect.objectContaining({ param: name, reason: "missing" })]);
        expect(e.messageKo).toContain(`필요한 값이 없습니다: ${name}`);
        expect(e.messageEn).toContain(`missing required params: ${name}`);
      });
    }
  }
});

describe("grounds for sending", () => {
  it("answers about an application are service messages; the end-of-participation advice needs consent", () => {
    expect(TEMPLATE_CODES.filter(needsNotificationConsent)).toEqual(["participation_ending"]);
  });
});

describe("params", () => {
  it("an unknown template is an error", () => {
    expect(() => renderNotification("welcome", {}, "ko")).toThrow(/Unknown notification template: welcome/);
  });

  it("refuses params the template does not take (nothing extra, such as a phone, rides along)", () => {
    expect(() =>
      assertTemplateParams("selected", { programName: "공공근로사업", phone: "010-1234-5678" }),
    ).toThrow(/does not take params: phone/);
  });

  it("refuses malformed values: impossible dates, bad times, positions below 1, blank or multi-line text", () => {
    const bad: [TemplateCode, TemplateParams, string][] = [
      ["start_reminder", { ...REQUIRED.start_reminder, startDate: "2026-02-30" }, "startDate (date)"],
      ["start_reminder", { ...REQUIRED.start_reminder, startTime: "25:00" }, "startTime (time)"],
      ["waiting_list", { programName: "공공근로사업", position: 0 }, "position (count)"],
      ["waiting_list", { programName: "공공근로사업", position: 2.5 }, "position (count)"],
      ["selected", { programName: "  " }, "programName (text)"],
      ["selected", { programName: "첫 줄\n둘째 줄" }, "programName (text)"],
      ["not_selected", { programName: "공공근로사업", reason: { ko: "사유" } as never }, "reason (text)"],
    ];
    for (const [code, params, named] of bad) {
      expect(() => renderNotification(code, params, "en"), `${code} ${JSON.stringify(params)}`).toThrow(
        `malformed params: ${named}`,
      );
    }
  });

  it("a null counts as missing, not as text", () => {
    expect(() => renderNotification("selected", { programName: null as never }, "ko")).toThrow(
      /missing required params: programName/,
    );
  });
});

describe("Korean text", () => {
  it("신청 접수: program, cohort and date", () => {
    const { text, subject } = renderNotification(
      "application_received",
      { ...REQUIRED.application_received, cohortLabel: { ko: "2026년 상반기", en: "first half of 2026" } },
      "ko",
    );
    expect(subject).toBe("[마을] 노인일자리 공익활동 사업 참여 신청 접수");
    expect(text).toBe(
      "[마을] 노인일자리 공익활동 사업 (2026년 상반기) 참여 신청이 2026년 1월 5일(월)에 접수되었습니다. " +
        "선정 결과가 나오면 다시 알려 드리겠습니다.",
    );
  });

  it("선정", () => {
    expect(renderNotification("selected", REQUIRED.selected, "ko").text).toContain(
      "노인일자리 공익활동 사업 참여자로 선정되셨습니다.",
    );
  });

  it("미선정: the reason in the message's language", () => {
    expect(renderNotification("not_selected", REQUIRED.not_selected, "ko").text).toContain(
      "선정되지 않으셨습니다. 사유: 모집 인원이 찼습니다.",
    );
    expect(renderNotification("not_selected", REQUIRED.not_selected, "en").text).toContain(
      "Reason: all places were filled.",
    );
  });

  it("대기 순번 n번", () => {
    expect(renderNotification("waiting_list", REQUIRED.waiting_list, "ko").text).toContain(
      "대기 순번은 3번입니다.",
    );
    expect(renderNotification("waiting_list", REQUIRED.waiting_list, "en").text).toContain(
      "you are number 3",
    );
  });

  it("근무 시작 안내: 사업이 / 일자리가, 관악구청으로 / 행정복지센터로, with date, time and address", () => {
    const business = renderNotification(
      "start_reminder",
      { ...REQUIRED.start_reminder, programName: "노인일자리 공익활동 사업", startTime: "09:30" },
      "ko",
    );
    expect(business.text).toBe(
      "[마을] 노인일자리 공익활동 사업이 2026년 3월 2일(월) 오전 9시 30분에 시작됩니다. 관악구청으로 와 주세요.",
    );
    const job = renderNotification(
      "start_reminder",
      {
        programName: "청소년 멘토링 일자리",
        startDate: "2026-03-03",
        placeName: "낙성대동 행정복지센터",
        placeAddress: "서울 관악구 낙성대로 1",
        startTime: "14:00",
      },
      "ko",
    );
    expect(job.text).toBe(
      "[마을] 청소년 멘토링 일자리가 2026년 3월 3일(화) 오후 2시에 시작됩니다. 낙성대동 행정복지센터로 와 주세요. " +
        "주소: 서울 관악구 낙성대로 1.",
    );
    const en = renderNotification("start_reminder", { ...REQUIRED.start_reminder, startTime: "09:30" }, "en");
    expect(en.text).toBe(
      "[Maeul] 공공근로사업 starts on Monday 2 March 2026 at 9:30 am. Please come to 관악구청.",
    );
  });

  it("참여 종료 안내: 고용센터, 국민취업지원제도, 1350 and 고용24, with the local job centre when given", () => {
    const plain = renderNotification("participation_ending", REQUIRED.participation_ending, "ko").text;
    expect(plain).toContain("지역공동체일자리사업 참여가 2026년 6월 30일(화)에 끝납니다.");
    expect(plain).toContain("가까운 고용센터에서 구직 상담과 취업 알선을 받으실 수 있습니다.");
    expect(plain).toContain("국민취업지원제도");
    expect(plain).toContain("구직촉진수당");
    expect(plain).toContain("국번 없이 1350");
    expect(plain).toContain("고용24(www.work24.go.kr)");
    const withCentre = renderNotification(
      "participation_ending",
      { ...REQUIRED.participation_ending, jobCentreName: "양주시일자리센터" },
      "ko",
    ).text;
    expect(withCentre).toContain("양주시일자리센터나 가까운 고용센터에서");
    const withOffice = renderNotification(
      "participation_ending",
      { ...REQUIRED.participation_ending, jobCentreName: "관악구 일자리플러스센터 상담실" },
      "ko",
    ).text;
    expect(withOffice).toContain("관악구 일자리플러스센터 상담실이나 가까운 고용센터에서");
    const en = renderNotification("participation_ending", REQUIRED.participation_ending, "en").text;
    expect(en).toContain("ends on Tuesday 30 June 2026");
    expect(en).toContain("National Employment Support Programme (국민취업지원제도)");
  });
});
