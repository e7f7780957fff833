import type { ConsentRow } from "./consent.repository.ts";
import type { TConsentState } from "./consent.schema.ts";
import { type ConsentEvent, currentConsents } from "./domain/current-consents.ts";
import { CURRENT_PRIVACY_NOTICE } from "./domain/privacy-notice.ts";

export function toConsentEvent(row: ConsentRow): ConsentEvent {
  return {
    seq: row.id,
    purpose: row.purpose,
    granted: row.granted,
    noticeVersion: row.noticeVersion,
    noticeEffectiveDate: row.noticeEffectiveDate,
    method: row.method,
    recordedAt: row.recordedAt,
  };
}

function presentEvent(event: ConsentEvent) {
  return {
    purpose: event.purpose,
    granted: event.granted,
    noticeVersion: event.noticeVersion,
    noticeEffectiveDate: event.noticeEffectiveDate,
    method: event.method,
    recordedAt: event.recordedAt.toISOString(),
  };
}

/** The history (oldest first, as stored) → the state per purpose, the notice in force, the history newest first. */
export function presentConsentState(rows: readonly ConsentRow[]): TConsentState {
  const events = rows.map(toConsentEvent);
  return {
    notice: { version: CURRENT_PRIVACY_NOTICE.version, effectiveDate: CURRENT_PRIVACY_NOTICE.effectiveDate },
    purposes: currentConsents(events).map((state) => ({
      purpose: state.purpose,
      required: state.required,
      granted: state.granted,
      latest: state.latest ? presentEvent(state.latest) : null,
      underCurrentNotice: state.latest?.noticeVersion === CURRENT_PRIVACY_NOTICE.version,
    })),
    history: [...events].sort((a, b) => b.seq - a.seq).map(presentEvent),
  };
}
