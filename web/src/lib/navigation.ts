import type { AuthUser } from "../api/auth.ts";
import { can } from "./access.ts";

export type NavKey = "home" | "workItems" | "workItemNew" | "residentList" | "audit" | "me";

export interface NavItem {
  to: string;
  key: NavKey;
  /** Active only on this exact path (so that /residents is not active on /residents/new). */
  end: boolean;
}

/**
 * The main menu for who is signed in, from the server's permission table: residents see their
 * own page, institution staff and district officers can post work, officers see the residents
 * of their region and the audit log, the ministry sees the public pages.
 */
export function navItemsFor(user: AuthUser | null): NavItem[] {
  const items: NavItem[] = [
    { to: "/", key: "home", end: true },
    { to: "/work-items", key: "workItems", end: false },
  ];
  if (!user) return items;
  if (can(user, "work_items.create"))
    items.push({ to: "/organizations/work-items/new", key: "workItemNew", end: false });
  if (can(user, "residents.list")) items.push({ to: "/residents", key: "residentList", end: true });
  if (can(user, "audit.search")) items.push({ to: "/audit", key: "audit", end: false });
  if (user.role === "resident") items.push({ to: "/me", key: "me", end: false });
  return items;
}
