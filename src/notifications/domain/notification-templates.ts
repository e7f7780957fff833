import { withJosa } from "./josa.ts";
import type { NotificationLocale } from "./notification-vocabulary.ts";
import {
  checkParams,
  optional,
  type ParamProblem,
  type ParamSpec,
  type ResolvedParams,
  required,
  resolveParams,
} from "./template-params.ts";

export type { TemplateParams } from "./template-params.ts";

export interface RenderedMessage {
  /** E-mail subject; SMS and 알림톡 show only the text. */
  subject: string;
  text: string;
}

interface TemplateDefinition<P extends Record<string, ParamSpec>> {
  /** What the message is for, for the status report and the docs. */
  summary: string;
  /**
   * On what ground it is sent (src/consents/domain/consent-purposes.ts):
   * - service: an answer about an application the resident made (received, the result, when and
   *   where work starts); part of the service they asked for (PIPA art. 15(1)4), always sent;
   * - notifications: advice beyond what they asked for; sent only while the resident's optional
   *   `notifications` consent stands, checked at send time.
   */
  basis: "service" | "notifications";
  params: P;
  render: Record<NotificationLocale, (v: ResolvedParams<P>) => RenderedMessage>;
}

const define = <const P extends Record<string, ParamSpec>>(t: TemplateDefinition<P>) => t;

/** " (2026년 상반기)" when there is a cohort label, "" when not. */
const inParens = (value: string | undefined) => (value ? ` (${value})` : "");

// Advice at the end of a participation (seed 001: before a program ends, participants are told
// by text message about the job centre's counselling and placement services). The national
// services: 고용센터 (public employment service), 국민취업지원제도 (National Employment Support
// Programme: counselling, training, and a job-seeking allowance for those who qualify),
// 고용노동부 고객상담센터 1350, and 고용24 (work24.go.kr), which replaced 워크넷 in 2024.
const EMPLOYMENT_SUPPORT_KO =
  "국민취업지원제도에 참여하시면 취업 상담과 직업훈련을 지원받을 수 있고, 요건을 갖추면 구직촉진수당도 받을 수 있습니다. " +
  "문의: 고용노동부 고객상담센터(국번 없이 1350), 고용24(www.work24.go.kr).";
const EMPLOYMENT_SUPPORT_EN =
  "Through the National Employment Support Programme (국민취업지원제도) you can get job counselling and " +
  "vocational training, and a job-seeking allowance if you qualify. Questions: Ministry of Employment and " +
  "Labor call centre 1350, Work24 (www.work24.go.kr).";

/**
 * Every message Maeul sends, in Korean and English. Parameters are declared with their kind;
 * a message is rendered only when every required one is there and well-formed (a missing one
 * is an error, never "undefined" in the text). Particles agree with the words before them
 * (사업이, 일자리가, 관악구청으로, 서울로) through withJosa.
 */
export const NOTIFICATION_TEMPLATES = {
  application_received: define({
    summary: "신청 접수 — application received",
    basis: "service",
    params: { programName: required("text"), appliedOn: required("date"), cohortLabel: optional("text") },
    render: {
      ko: (v) => ({
        subject: `[마을] ${v.programName} 참여 신청 접수`,
        text:
          `[마을] ${v.programName}${inParens(v.cohortLabel)} 참여 신청이 ${v.appliedOn}에 접수되었습니다. ` +
          "선정 결과가 나오면 다시 알려 드리겠습니다.",
      }),
      en: (v) => ({
        subject: `[Maeul] Application received: ${v.programName}`,
        text:
          `[Maeul] Your application to take part in ${v.programName}${inParens(v.cohortLabel)} was received on ${v.appliedOn}. ` +
          "We will let you know the selection result as soon as it is out.",
      }),
    },
  }),

  selected: define({
    summary: "선정 — selected",
    basis: "service",
    params: { programName: required("text"), cohortLabel: optional("text") },
    render: {
      ko: (v) => ({
        subject: `[마을] ${v.programName} 참여자 선정 안내`,
        text:
          `[마을] 축하합니다. ${v.programName}${inParens(v.cohortLabel)} 참여자로 선정되셨습니다. ` +
          "근무를 시작하는 날짜와 장소는 따로 알려 드리겠습니다.",
      }),
      en: (v) => ({
        subject: `[Maeul] You have been selected: ${v.programName}`,
        text:
          `[Maeul] Congratulations: you have been selected to take part in ${v.programName}${inParens(v.cohortLabel)}. ` +
          "We will send you the start date and place separately.",
      }),
    },
  }),

  not_selected: define({
    summary: "미선정 + 사유 — not selected, with the reason",
    basis: "service",
    params: { programName: required("text"), reason: required("text"), cohortLabel: optional("text") },
    render: {
      ko: (v) => ({
        subject: `[마을] ${v.programName} 선정 결과 안내`,
        text:
          `[마을] ${v.programName}${inParens(v.cohortLabel)} 참여 신청 결과를 알려 드립니다. ` +
          `아쉽게도 이번에는 선정되지 않으셨습니다. 사유: ${v.reason}. ` +
          "궁금한 점은 신청하신 기관에 문의해 주세요. 마을에서 다른 일자리도 찾아보실 수 있습니다.",
      }),
      en: (v) => ({
        subject: `[Maeul] Selection result: ${v.programName}`,
        text:
          `[Maeul] We are sorry: you have not been selected for ${v.programName}${inParens(v.cohortLabel)} this time. ` +
          `Reason: ${v.reason}. If you have questions, please contact the institution you applied to. ` +
          "You can look for other work on Maeul.",
      }),
    },
  }),

  waiting_list: define({
    summary: "대기 순번 n번 — on the waiting list, position n",
    basis: "service",
    params: { programName: required("text"), position: required("count"), cohortLabel: optional("text") },
    render: {
      ko: (v) => ({
        subject: `[마을] ${v.programName} 대기자 등록 안내`,
        text:
          `[마을] ${v.programName}${inParens(v.cohortLabel)} 참여 신청 결과, 대기자로 등록되셨습니다. ` +
          `대기 순번은 ${v.position}번입니다. 자리가 나면 순번대로 연락드리겠습니다.`,
      }),
      en: (v) => ({
        subject: `[Maeul] Waiting list: ${v.programName}`,
        text:
          `[Maeul] You are on the waiting list for ${v.programName}${inParens(v.cohortLabel)}: you are number ${v.position}. ` +
          "If a place becomes free, we will contact people in that order.",
      }),
    },
  }),

  start_reminder: define({
    summary: "근무 시작 안내 (날짜·장소) — work starts: date and place",
    basis: "service",
    params: {
      programName: required("text"),
      startDate: required("date"),
      placeName: required("text"),
      startTime: optional("time"),
      placeAddress: optional("text"),
    },
    render: {
      ko: (v) => {
        const when = v.startTime ? `${v.startDate} ${v.startTime}` : v.startDate;
        return {
          subject: `[마을] ${v.programName} 근무 시작 안내`,
          text:
            `[마을] ${withJosa(v.programName, "이/가")} ${when}에 시작됩니다. ` +
            `${withJosa(v.placeName, "으로/로")} 와 주세요.` +
            (v.placeAddress ? ` 주소: ${v.placeAddress}.` : ""),
        };
      },
      en: (v) => ({
        subject: `[Maeul] ${v.programName} starts on ${v.startDate}`,
        text:
          `[Maeul] ${v.programName} starts on ${v.startDate}${v.startTime ? ` at ${v.startTime}` : ""}. ` +
          `Please come to ${v.placeName}${v.placeAddress ? ` (${v.placeAddress})` : ""}.`,
      }),
    },
  }),

  participation_ending: define({
    summary:
      "참여 종료 2주 전: 고용센터·국민취업지원제도 안내 — two weeks before the end: where to find the next job",
    basis: "notifications",
    params: { programName: required("text"), endDate: required("date"), jobCentreName: optional("text") },
    render: {
      ko: (v) => ({
        subject: `[마을] ${v.programName} 참여 종료 안내`,
        text:
          `[마을] ${v.programName} 참여가 ${v.endDate}에 끝납니다. 다음 일자리를 찾으신다면 ` +
          `${v.jobCentreName ? `${withJosa(v.jobCentreName, "이나/나")} ` : ""}가까운 고용센터에서 ` +
          `구직 상담과 취업 알선을 받으실 수 있습니다. ${EMPLOYMENT_SUPPORT_KO}`,
      }),
      en: (v) => ({
        subject: `[Maeul] Your participation in ${v.programName} ends on ${v.endDate}`,
        text:
          `[Maeul] Your participation in ${v.programName} ends on ${v.endDate}. If you are looking for your next job, ` +
          `${v.jobCentreName ? `${v.jobCentreName} or ` : ""}your nearest Employment Centre (고용센터) offers job ` +
          `counselling and placement. ${EMPLOYMENT_SUPPORT_EN}`,
      }),
    },
  }),
} as const;

export type TemplateCode = keyof typeof NOTIFICATION_TEMPLATES;
export const TEMPLATE_CODES = Object.keys(NOTIFICATION_TEMPLATES) as TemplateCode[];

/** Whether the template may be sent only with the resident's optional `notifications` consent. */
export function needsNotificationConsent(code: TemplateCode): boolean {
  return NOTIFICATION_TEMPLATES[code].basis === "notifications";
}

export function isTemplateCode(value: string): value is TemplateCode {
  return Object.hasOwn(NOTIFICATION_TEMPLATES, value);
}

/** Why a message cannot be rendered, in Korean and English, naming the template and the params. */
export class NotificationTemplateError extends Error {
  readonly messageKo: string;
  readonly messageEn: string;
  readonly problems: ParamProblem[];

  constructor(templateCode: string, problems: ParamProblem[]) {
    const ko: string[] = [];
    const en: string[] = [];
    const names = (reason: ParamProblem["reason"]) =>
      problems
        .filter((p) => p.reason === reason)
        .map((p) => (p.expected ? `${p.param} (${p.expected})` : p.param))
        .join(", ");
    if (problems.length === 0) {
      ko.push(`알 수 없는 알림 템플릿입니다: ${templateCode}`);
      en.push(`Unknown notification template: ${templateCode}`);
    }
    if (names("missing")) {
      ko.push(`알림 템플릿 ${templateCode}에 필요한 값이 없습니다: ${names("missing")}`);
      en.push(`Notification template ${templateCode} is missing required params: ${names("missing")}`);
    }
    if (names("invalid")) {
      ko.push(`알림 템플릿 ${templateCode}의 값 형식이 맞지 않습니다: ${names("invalid")}`);
      en.push(`Notification template ${templateCode} has malformed params: ${names("invalid")}`);
    }
    if (names("unknown")) {
      ko.push(`알림 템플릿 ${templateCode}에 없는 값입니다: ${names("unknown")}`);
      en.push(`Notification template ${templateCode} does not take params: ${names("unknown")}`);
    }
    super(en.join("; "));
    this.name = "NotificationTemplateError";
    this.messageKo = ko.join("; ");
    this.messageEn = en.join("; ");
    this.problems = problems;
  }
}

/** Throws NotificationTemplateError unless `params` are exactly what the template needs. */
export function assertTemplateParams(templateCode: string, params: Record<string, unknown>): void {
  if (!isTemplateCode(templateCode)) throw new NotificationTemplateError(templateCode, []);
  const problems = checkParams(NOTIFICATION_TEMPLATES[templateCode].params, params);
  if (problems.length > 0) throw new NotificationTemplateError(templateCode, problems);
}

/** The message in `locale`, or a NotificationTemplateError when the params do not fit the template. */
export function renderNotification(
  templateCode: string,
  params: Record<string, unknown>,
  locale: NotificationLocale,
): RenderedMessage {
  assertTemplateParams(templateCode, params);
  const template = NOTIFICATION_TEMPLATES[templateCode as TemplateCode];
  const values = resolveParams(template.params, params, locale);
  const render = template.render[locale] as (v: Record<string, string | undefined>) => RenderedMessage;
  const message = render(values);
  // Belt and braces: a template bug must not reach a resident as "undefined".
  for (const part of [message.subject, message.text]) {
    if (/\b(undefined|null|NaN)\b|\[object Object\]/.test(part)) {
      throw new Error(`template ${templateCode} (${locale}) rendered a missing value: ${part}`);
    }
  }
  return message;
}
