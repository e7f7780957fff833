/**
 * Who is calling, as every permission check sees it. Roles and their scopes (issue: accounts,
 * roles and regional tenancy):
 * - resident: their own resident record only (residentId)
 * - institution_staff: their organization's work items and the applicants to them (organizationId)
 * - district_officer: one 시군구 (regionCode, 5 digits)
 * - metropolitan_officer: one 시도 (regionCode, 2 digits), read-mostly
 * - ministry: national aggregates and catalogues; no individual records unless audited
 * - system_admin: everything, every access audited
 */
export const ROLES = [
  "resident",
  "institution_staff",
  "district_officer",
  "metropolitan_officer",
  "ministry",
  "system_admin",
] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  userId: string;
  role: Role;
  /** 5-digit 시군구 for a district officer, 2-digit 시도 for a metropolitan officer. */
  regionCode: string | null;
  organizationId: string | null;
  residentId: string | null;
  /** The session, for logout and the audit log. */
  sessionId: string;
}

/** Roles that must pass a second factor (TOTP) before they act, except accounts marked as demo. */
export const SECOND_FACTOR_ROLES: readonly Role[] = [
  "district_officer",
  "metropolitan_officer",
  "ministry",
  "system_admin",
];
