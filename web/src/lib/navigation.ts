import type { AuthUser } from "../api/auth.ts";
import { can } from "./access.ts";

export type NavKey =
  | "home"
  | "workItems"
  | "eligibility"
  | "workItemNew"
  | "residentList"
  | "audit"
  | "programs"
  | "me"
  | "cohorts"
  | "cohortApply"
  | "myApplications"
  | "jobDesign"
  | "occupations"
  | "forecasts";

export interface NavItem {
  to: string;
  key: NavKey;
  /** Active only on this exact path (so that /residents is not active on /residents/new). */
  end: boolean;
}

const PROGRAM_RULE_ROLES = new Set<AuthUser["role"]>([
  "district_officer",
  "metropolitan_officer",
  "ministry",
  "system_admin",
]);

/** Who works with the programs' rules: officers (a district may change its own), the ministry, admins. */
export function seesProgramRules(user: AuthUser): boolean {
  return PROGRAM_RULE_ROLES.has(user.role);
}

const FORECAST_ROLES = new Set<AuthUser["role"]>([
  "district_officer",
  "metropolitan_officer",
  "ministry",
  "system_admin",
]);

/** Who plans with the demand forecasts (gap map, pilot comparison): officers, the ministry, admins. */
export function seesForecasts(user: AuthUser): boolean {
  return FORECAST_ROLES.has(user.role);
}

/**
 * The main menu for who is signed in, from the server's permission table: residents see their
 * own page, institution staff and district officers can post work, officers see the residents
 * of their region and the audit log, the ministry sees the public pages. Everyone has the
 * eligibility self-check; officers, the ministry and administrators the programs' rules.
 */
export function navItemsFor(user: AuthUser | null): NavItem[] {
  const items: NavItem[] = [
    { to: "/", key: "home", end: true },
    { to: "/work-items", key: "workItems", end: false },
    { to: "/eligibility", key: "eligibility", end: true },
  ];
  // Cohorts are public: 참여 신청 (what is recruiting) for visitors and residents; 모집 회차 for
  // officers, the ministry and administrators (institution staff have no part in them).
  if (!user || user.role === "resident") items.push({ to: "/cohorts", key: "cohortApply", end: false });
  else if (user.role !== "institution_staff") items.push({ to: "/cohorts", key: "cohorts", end: false });
  if (!user) return items;
  if (can(user, "work_items.create"))
    items.push({ to: "/organizations/work-items/new", key: "workItemNew", end: false });
  if (can(user, "residents.list")) items.push({ to: "/residents", key: "residentList", end: true });
  if (can(user, "audit.search")) items.push({ to: "/audit", key: "audit", end: false });
  if (seesProgramRules(user)) items.push({ to: "/programs", key: "programs", end: false });
  // Demand forecasts are public, but the menu offers them to those who plan with them.
  if (seesForecasts(user)) items.push({ to: "/forecasts", key: "forecasts", end: false });
  if (can(user, "job_design.read")) items.push({ to: "/job-design", key: "jobDesign", end: true });
  if (user.role === "resident") items.push({ to: "/me", key: "me", end: true });
  if (user.role === "resident") items.push({ to: "/me/applications", key: "myApplications", end: true });
  return items;
}
