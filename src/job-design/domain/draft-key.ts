import { createHash } from "node:crypto";

/**
 * What makes two draft requests the same officer action: the suggestion (district, occupation,
 * the forecast it came from: last month of history and horizon), where the work is posted and
 * when it starts, and the officer's own overrides. The figures computed from these (people,
 * budget) are left out on purpose: a forecast refreshed between a click and its retry must not
 * turn the retry into a second set of drafts.
 */
export interface DraftIdentity {
  regionCode: string;
  occupationCode: string;
  /** The forecast's last month of history ("2026-02"). */
  asOf: string;
  horizon: number;
  organizationId: string;
  /** YYYY-MM-DD, as resolved (the request's, or the first of next month). */
  startDate: string;
  /** The officer's team size or hours, when given; null means "as suggested". */
  positions: number | null;
  hoursPerWeek: number | null;
}

/** SHA-256 (hex) of the identity's fields in a fixed order: the same action, the same key. */
export function draftKey(identity: DraftIdentity): string {
  const fields = [
    "job-design-draft:v1",
    identity.regionCode,
    identity.occupationCode,
    identity.asOf,
    identity.horizon,
    identity.organizationId.toLowerCase(),
    identity.startDate,
    identity.positions,
    identity.hoursPerWeek,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}
