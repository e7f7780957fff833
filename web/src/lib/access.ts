import { PERMISSIONS, type UseCase } from "../../../src/access/domain/permissions.ts";
import type { AuthUser } from "../api/auth.ts";

/**
 * What the signed-in user may do, from the server's own permission table
 * (src/access/domain/permissions.ts): menus and pages offer what the API would allow.
 * The server still decides; this only keeps people from being shown doors that are locked.
 */
export function can(user: AuthUser | null, useCase: UseCase): boolean {
  const permission = PERMISSIONS[useCase];
  if (!user) return "public" in permission && permission.public === true;
  const roles = permission.roles as Partial<Record<AuthUser["role"], string>>;
  return Boolean(roles[user.role]) || ("public" in permission && permission.public === true);
}

/** Where a role starts after signing in (when it did not come from somewhere). */
export function homePathFor(user: AuthUser): string {
  switch (user.role) {
    case "resident":
      return user.residentId ? "/me" : "/residents/new";
    case "institution_staff":
      return "/organizations/work-items/new";
    case "district_officer":
    case "metropolitan_officer":
    case "system_admin":
      return "/residents";
    case "ministry":
      return "/";
  }
}

/**
 * A `?next=` value that is safe to follow: a path on this site (never "//host" or a URL),
 * and not the login page itself.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next === "/login" || next.startsWith("/login?")) return null;
  return next;
}
