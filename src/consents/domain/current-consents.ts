import {
  CONSENT_PURPOSES,
  type ConsentMethod,
  type ConsentPurpose,
  isRequiredPurpose,
} from "./consent-purposes.ts";

/** One row of the append-only history, as the derivation needs it. */
export interface ConsentEvent {
  /** Increasing with every row appended: the order of the history. */
  seq: number;
  purpose: ConsentPurpose;
  granted: boolean;
  noticeVersion: string;
  noticeEffectiveDate: string;
  method: ConsentMethod;
  recordedAt: Date;
}

export interface CurrentConsent {
  purpose: ConsentPurpose;
  required: boolean;
  /** The latest decision; false when nothing was ever recorded. */
  granted: boolean;
  /** The latest row, or null when the purpose was never asked. */
  latest: ConsentEvent | null;
}

/**
 * The state of every purpose from the history: the latest row of each wins (a withdrawal is a
 * newer row, nothing is overwritten). Purposes never recorded come out as not granted.
 */
export function currentConsents(history: readonly ConsentEvent[]): CurrentConsent[] {
  const latest = new Map<ConsentPurpose, ConsentEvent>();
  for (const event of history) {
    const seen = latest.get(event.purpose);
    if (!seen || event.seq > seen.seq) latest.set(event.purpose, event);
  }
  return CONSENT_PURPOSES.map((purpose) => {
    const event = latest.get(purpose) ?? null;
    return { purpose, required: isRequiredPurpose(purpose), granted: event?.granted ?? false, latest: event };
  });
}

export type ConsentChangeVerdict =
  /** Append a row. */
  | { kind: "record" }
  /** Already so, under the current notice: nothing to append. */
  | { kind: "unchanged" }
  /** Refused, with the reason (a required purpose is withdrawn by deleting the account). */
  | { kind: "refused"; reason: "required_purpose" };

/**
 * Whether a requested decision adds a row. Granting again under a newer notice does (the record
 * must show the version the resident saw); repeating the same decision under the same notice
 * does not. A required purpose cannot be withdrawn on its own.
 */
export function consentChange(
  current: CurrentConsent,
  request: { granted: boolean },
  noticeVersion: string,
): ConsentChangeVerdict {
  if (current.required && !request.granted) return { kind: "refused", reason: "required_purpose" };
  if (current.latest && current.granted === request.granted) {
    if (!request.granted || current.latest.noticeVersion === noticeVersion) return { kind: "unchanged" };
  }
  if (!current.latest && !request.granted) return { kind: "unchanged" };
  return { kind: "record" };
}
