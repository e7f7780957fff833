import type { Role } from "../../auth/domain/principal.ts";

/**
 * Who may do what: every use-case the API offers, and for each role the reach it has. This is
 * the one place permissions are declared; routes name their use-case, the server enforces it,
 * and the authorization matrix test is generated from this table.
 *
 * Reach:
 * - all: every record (system administrator; every access is audited)
 * - region: records in the caller's region (a 시군구 for district officers, a 시도 for
 *   metropolitan officers)
 * - organization: records of the caller's organization (institution staff)
 * - own: the caller's own resident record
 */
export type Reach = "all" | "region" | "organization" | "own";

export interface Permission {
  /** Anyone, signed in or not (public information: regions, open work items, institutions). */
  public?: boolean;
  roles: Partial<Record<Role, Reach>>;
  /** What the use-case does, for the docs and the matrix report. */
  summary: string;
}

const officers = { district_officer: "region", metropolitan_officer: "region", system_admin: "all" } as const;
const writers = { district_officer: "region", system_admin: "all" } as const;

export const PERMISSIONS = {
  "regions.read": { public: true, roles: {}, summary: "Regions and their public statistics" },
  "programs.read": { public: true, roles: {}, summary: "The program catalogue and its rules" },
  "programs.rules_update": {
    roles: writers,
    summary: "Override a program's rules for the officer's region (audited)",
  },
  "eligibility.check": {
    public: true,
    roles: {},
    summary: "Self-check against every program (nothing stored)",
  },
  "organizations.read": { public: true, roles: {}, summary: "Institutions (public directory)" },
  "organizations.create": { roles: writers, summary: "Register an institution" },
  "organizations.update": {
    roles: { institution_staff: "organization", ...writers },
    summary: "Edit an institution",
  },
  "organizations.close": { roles: writers, summary: "Close an institution" },
  "work_items.read": { public: true, roles: {}, summary: "Work items (public job board)" },
  "work_items.create": {
    roles: { institution_staff: "organization", ...writers },
    summary: "Post a work item",
  },
  "work_items.update": {
    roles: { institution_staff: "organization", ...writers },
    summary: "Edit a work item",
  },
  "work_items.close": {
    roles: { institution_staff: "organization", ...writers },
    summary: "Close a work item",
  },
  "residents.list": { roles: officers, summary: "List residents (masked)" },
  "residents.read": { roles: { resident: "own", ...officers }, summary: "Read a resident (masked)" },
  "residents.create": { roles: { resident: "own", ...writers }, summary: "Register a resident" },
  "residents.update": { roles: { resident: "own", ...writers }, summary: "Edit a resident" },
  "residents.close": { roles: { resident: "own", ...writers }, summary: "Withdraw a resident" },
  "residents.unmask": { roles: writers, summary: "See a resident's personal data unmasked (reason logged)" },
  "residents.lookup": {
    roles: officers,
    summary: "Find a walk-in resident by name, phone's last 4 digits and birth year (masked; audited)",
  },
  "residents.export_own": { roles: { resident: "own" }, summary: "Download my data" },
  "consents.read_own": {
    roles: { resident: "own" },
    summary: "My consents per purpose and the notice version",
  },
  "consents.update_own": { roles: { resident: "own" }, summary: "Agree to or withdraw an optional purpose" },
  "account.delete_own": {
    roles: { resident: "own" },
    summary: "Delete my account and personal data (password re-entered; audit log and consent history kept)",
  },
  "cohorts.read": {
    public: true,
    roles: {},
    summary: "Cohorts (program runs) and their recruitment (public)",
  },
  "cohorts.manage": { roles: writers, summary: "Create cohorts, move them along, screen and select" },
  "applications.read": {
    roles: { resident: "own", ...officers },
    summary: "Applications with eligibility and score (own, or the officer's region)",
  },
  "applications.create": {
    roles: { resident: "own", ...writers },
    summary: "Apply to a cohort (online, or a walk-in entered by an officer)",
  },
  "applications.decide": {
    roles: writers,
    summary: "Select, wait-list, reject, place or withdraw an applicant",
  },
  "applications.withdraw_own": { roles: { resident: "own" }, summary: "Withdraw my own application" },
  "participations.read": {
    roles: { resident: "own", ...officers },
    summary: "A person's participation history across programs",
  },
  "participations.record": { roles: writers, summary: "Record a participation (checked for overlaps)" },
  "participations.import": {
    roles: writers,
    summary: "Import participation history from CSV/XLSX (every row checked; all or nothing; audited)",
  },
  "forecasts.read": {
    public: true,
    roles: {},
    summary:
      "Demand forecasts per region and category, the forecast gap map, district comparison (aggregates, public)",
  },
  "occupations.read": {
    public: true,
    roles: {},
    summary: "The catalogue of public-service occupations for job design (public)",
  },
  "job_design.read": {
    roles: { ...officers, ministry: "all" },
    summary: "Suggested occupations for a district from its forecast gap and profile, with people and budget",
  },
  "job_design.draft": {
    roles: writers,
    summary: "Turn a job-design suggestion into draft work items of a district institution (audited)",
  },
  "audit.search": { roles: officers, summary: "Search the audit log" },
  "recommendations.read": {
    roles: { resident: "own", ...officers },
    summary:
      "Work items recommended to a resident, and bundles of small ones, with reasons (audited as a read)",
  },
  "candidates.read": {
    roles: { institution_staff: "organization", ...officers },
    summary: "Residents ranked for a work item, names masked, with reasons (audited as a list)",
  },
  "notifications.list": {
    roles: officers,
    summary: "Messages sent to residents of the region (recipients masked; audited as a list)",
  },
  "allocation.read": {
    roles: officers,
    summary:
      "A cohort's allocation runs: progress, the proposal with its reasons (names masked), figures per group",
  },
  "allocation.run": {
    roles: writers,
    summary:
      "Compute the optimal allocation of a cohort's eligible applicants to its work items (a proposal)",
  },
  "allocation.confirm": {
    roles: writers,
    summary: "Confirm an allocation proposal, adjusted or not: select and place in one transaction (audited)",
  },
} as const satisfies Record<string, Permission>;

export type UseCase = keyof typeof PERMISSIONS;
export const USE_CASES = Object.keys(PERMISSIONS) as UseCase[];
