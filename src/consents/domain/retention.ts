/**
 * What Maeul keeps after a resident deletes their account, why, and for how long: the one list
 * that docs/privacy-retention.md, the policy page and the deletion panel describe. Everything not
 * listed here is deleted in the deletion's transaction (PIPA art. 21(1)).
 */
export const KEPT_AFTER_DELETION = ["audit_log", "consent_history", "resident_stub"] as const;
export type KeptAfterDeletion = (typeof KEPT_AFTER_DELETION)[number];

export interface RetentionRule {
  kept: KeptAfterDeletion;
  /** Years after the deletion (audit log: after each entry). */
  years: number;
  /** The legal ground, as cited in the documents. */
  basisKo: string;
  basisEn: string;
}

export const RETENTION_AFTER_DELETION: Record<KeptAfterDeletion, RetentionRule> = {
  audit_log: {
    kept: "audit_log",
    years: 2,
    basisKo:
      "개인정보의 안전성 확보조치 기준 제8조 (접속기록 1년 이상, 5만 명 이상 또는 민감정보 처리 시 2년 이상 보관)",
    basisEn:
      "Standards for safety measures, art. 8 (access records kept at least 1 year; 2 years for 50,000+ data subjects or sensitive data)",
  },
  consent_history: {
    kept: "consent_history",
    years: 3,
    basisKo:
      "개인정보 보호법 제22조·제39조 (동의를 받았음을 입증), 민법 제766조 (손해배상청구권 소멸시효 3년)",
    basisEn:
      "PIPA art. 22 and 39 (proving that consent was obtained); Civil Act art. 766 (3-year limitation of damage claims)",
  },
  resident_stub: {
    kept: "resident_stub",
    years: 2,
    basisKo: "접속기록 보관 기간에 맞춤 (접속기록이 가리키는 등록이 ‘탈퇴’로 남도록)",
    basisEn:
      "Matches the access records' period (so that the records still point at a registration marked withdrawn)",
  },
};
