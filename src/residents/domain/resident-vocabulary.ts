/** Groups that public-job programs prioritise (취업취약계층 and target groups). */
export const RESIDENT_GROUPS = [
  "youth",
  "senior",
  "career_break_woman",
  "disabled",
  "low_income",
  "new_middle_age",
] as const;
export type ResidentGroup = (typeof RESIDENT_GROUPS)[number];

/** no: on-site work only; prefer: remote first; only: remote work only (e.g. mobility). */
export const REMOTE_PREFERENCES = ["no", "prefer", "only"] as const;
export type RemotePreference = (typeof REMOTE_PREFERENCES)[number];

export const RESIDENT_STATUSES = ["active", "withdrawn"] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];
