/**
 * What a resident may agree to, one purpose at a time (PIPA art. 15 and 22: consent is asked per
 * purpose, required and optional items apart, and refusing an optional one never costs the
 * service). The web app shows this list as it stands; the policy page describes the same set.
 *
 * - service (필수): running the account and matching the registration to work. It is the reason
 *   the account exists, so it is not withdrawn on its own: stopping it is deleting the account
 *   (POST /api/me/delete; PIPA art. 37 처리정지 and art. 36 삭제).
 * - notifications (선택): optional messages by SMS, e-mail or KakaoTalk 알림톡 — news of new work
 *   and, when a participation ends, the job centre's services. The notification sender checks it
 *   (templates with basis "notifications"). Messages about the person's own applications
 *   (received, result, start) are part of the service they asked for and need no extra consent.
 * - research (선택): including the registration, pseudonymised (PIPA art. 28-2), in statistics
 *   and policy research about public jobs. The law allows pseudonymised statistics without
 *   consent; Maeul asks anyway and includes only those who agreed.
 *
 * No separate purpose for location: the home location is an optional field of the registration
 * itself, kept only as a ~250 m grid cell for matching (service); leaving it empty, or clearing
 * it, is the refusal. A toggle that disagreed with the stored data would mislead.
 */
export const CONSENT_PURPOSES = ["service", "notifications", "research"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentPurposeInfo {
  purpose: ConsentPurpose;
  /** Required: the service cannot run without it; withdrawing it means deleting the account. */
  required: boolean;
  /** The purpose's name (the web app adds 필수/선택 beside it). */
  titleKo: string;
  titleEn: string;
  /** The items processed for this purpose, as the policy page lists them. */
  itemsKo: string;
  itemsEn: string;
}

export const CONSENT_PURPOSE_INFO: Record<ConsentPurpose, ConsentPurposeInfo> = {
  service: {
    purpose: "service",
    required: true,
    titleKo: "서비스 제공·일자리 매칭",
    titleEn: "Providing the service and matching you with work",
    itemsKo:
      "이름, 이메일, 비밀번호(해시), 전화번호·주소·메모(암호화), 시군구, 출생연도, 약 250m 격자 위치(입력한 경우), 대상 구분, 가능한 시간, 희망 시간·이동 거리, 기술·자격증·관심 분야",
    itemsEn:
      "Name, e-mail, password (hashed), phone, address and notes (encrypted), district, year of birth, ~250 m grid location (if given), groups, available hours, desired hours and travel distance, skills, certificates and interests",
  },
  notifications: {
    purpose: "notifications",
    required: false,
    titleKo: "알림 수신 (SMS·이메일·알림톡)",
    titleEn: "Receiving notifications (SMS, e-mail, KakaoTalk)",
    itemsKo: "이메일, 전화번호",
    itemsEn: "E-mail address, phone number",
  },
  research: {
    purpose: "research",
    required: false,
    titleKo: "통계·정책연구 활용 (가명처리)",
    titleEn: "Statistics and policy research, pseudonymised",
    itemsKo: "시군구, 출생연도, 대상 구분, 가능한 시간, 기술·관심 분야 (이름·연락처·주소 제외, 가명처리)",
    itemsEn:
      "District, year of birth, groups, available hours, skills and interests (never name, contact or address; pseudonymised)",
  },
};

/**
 * How a consent was given or withdrawn: by the resident on the web, by an officer who registered
 * the resident on their behalf (the officer ticks the consent box with the resident present), or
 * from a paper form at a counter (walk_in; recorded by an officer screen still to come).
 */
export const CONSENT_METHODS = ["web", "officer", "walk_in"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export function isRequiredPurpose(purpose: ConsentPurpose): boolean {
  return CONSENT_PURPOSE_INFO[purpose].required;
}
