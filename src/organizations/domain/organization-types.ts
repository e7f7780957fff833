/** Kinds of institution that post public work. Labels live in the locale files. */
export const ORGANIZATION_TYPES = [
  "local_government",
  "welfare_centre",
  "school",
  "health_centre",
  "culture_foundation",
  "sports_facility",
  "village_community",
  "social_enterprise",
  "village_enterprise",
  "cooperative",
  "self_sufficiency_centre",
  "senior_club",
  "job_centre",
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_STATUSES = ["active", "closed"] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];
