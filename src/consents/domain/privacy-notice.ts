/**
 * The privacy notice (개인정보처리방침) in force: its version and the date it took effect. One
 * place, read by the consent records (every consent row names the notice it was given under),
 * the API (GET /api/me/consents) and the web app's policy page and consent panel.
 *
 * Changing the policy text means a new version here and a new entry in NOTICE_HISTORY (PIPA
 * art. 30(2) and 시행령 art. 31(2): the changes are published with their effective date).
 */
export interface PrivacyNoticeVersion {
  version: string;
  /** YYYY-MM-DD, Asia/Seoul. */
  effectiveDate: string;
  /** What changed, Korean and English, for the policy page's 변경 이력. */
  changesKo: string;
  changesEn: string;
}

/** Every published version, newest first. */
export const NOTICE_HISTORY: readonly PrivacyNoticeVersion[] = [
  {
    version: "1.0",
    effectiveDate: "2026-11-29",
    changesKo:
      "처음 제정: 목적별 동의 기록, 계정 삭제와 보존 항목, 법정 기재사항을 모두 담은 전체 방침 (시범 요약본 대체)",
    changesEn:
      "First full policy: consent per purpose, account deletion and what is kept, every section the law requires (replaces the pilot summary)",
  },
];

export const CURRENT_PRIVACY_NOTICE: PrivacyNoticeVersion = NOTICE_HISTORY[0]!;
