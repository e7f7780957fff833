/**
 * One rule's verdict with its plain-language reason. `unknown` means a fact the rule needs is
 * missing (named in `missing`): the program then needs a document, never a guess.
 * `toConfirm` marks a disqualifying declaration the person did not make (e.g. 생계급여 수급
 * 여부): it does not block, but is checked against documents at application.
 */
export type Outcome = "passed" | "failed" | "unknown";

export interface RuleOutcome {
  rule: string;
  outcome: Outcome;
  messageKo: string;
  messageEn: string;
  missing?: string[];
  toConfirm?: boolean;
  /** The figure behind this rule is marked unconfirmed in the rules data. */
  needsReview?: boolean;
}

export const won = (n: number) => `${Math.round(n).toLocaleString("ko-KR")}원`;
export const wonEn = (n: number) => `KRW ${Math.round(n).toLocaleString("en-US")}`;

/** 4억 9,900만원-style amounts read better than 499,000,000원 for property limits. */
export function wonShort(n: number): string {
  const eok = Math.floor(n / 100_000_000);
  const man = Math.floor((n % 100_000_000) / 10_000);
  if (eok > 0 && man > 0) return `${eok}억 ${man.toLocaleString("ko-KR")}만원`;
  if (eok > 0) return `${eok}억원`;
  if (man > 0) return `${man.toLocaleString("ko-KR")}만원`;
  return won(n);
}

export function unknown(
  rule: string,
  missing: string[],
  ko: string,
  en: string,
  needsReview?: boolean,
): RuleOutcome {
  return {
    rule,
    outcome: "unknown",
    missing,
    messageKo: ko,
    messageEn: en,
    ...(needsReview ? { needsReview } : {}),
  };
}

export function verdict(
  rule: string,
  passed: boolean,
  ko: [string, string],
  en: [string, string],
  needsReview?: boolean,
): RuleOutcome {
  return {
    rule,
    outcome: passed ? "passed" : "failed",
    messageKo: passed ? ko[0] : ko[1],
    messageEn: passed ? en[0] : en[1],
    ...(needsReview ? { needsReview } : {}),
  };
}
