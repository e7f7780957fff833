/** The fixed vocabularies of a work item (일감). Korean and English labels are in the locale files. */
export const WORK_CATEGORIES = [
  "care",
  "maintenance",
  "environment",
  "safety",
  "culture",
  "education",
  "sports",
  "admin_support",
  "digital_help",
] as const;
export type WorkCategory = (typeof WORK_CATEGORIES)[number];

/** one-off: a single day or event; short: up to 3 months; medium-term: 3–12 months; seasonal: a recurring season. */
export const WORK_KINDS = ["one_off", "short", "medium_term", "seasonal"] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** draft → open → filled / closed; cancelled when withdrawn before it started. */
export const WORK_ITEM_STATUSES = ["draft", "open", "filled", "closed", "cancelled"] as const;
export type WorkItemStatus = (typeof WORK_ITEM_STATUSES)[number];
