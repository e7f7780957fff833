import { describe, expect, it } from "vitest";
import type { Principal, Role } from "../../auth/domain/principal.ts";
import { PERMISSIONS, USE_CASES } from "./permissions.ts";
import { resolveAccess, withinScope } from "./resolve-access.ts";

function principal(role: Role, extra: Partial<Principal> = {}): Principal {
  return {
    userId: "u1",
    role,
    regionCode: null,
    organizationId: null,
    residentId: null,
    sessionId: "s1",
    ...extra,
  };
}

describe("access decisions", () => {
  it("answers 401 to anonymous callers for every non-public use-case, and lets them read public ones", () => {
    for (const useCase of USE_CASES) {
      const decision = resolveAccess(null, useCase);
      const isPublic = "public" in PERMISSIONS[useCase];
      expect(decision.allowed, useCase).toBe(isPublic);
      if (!decision.allowed) expect(decision.status).toBe(401);
    }
  });

  it("scopes a district officer to their 시군구 and a metropolitan officer to their 시도", () => {
    const district = resolveAccess(principal("district_officer", { regionCode: "11620" }), "residents.read");
    expect(district).toEqual({ allowed: true, scope: { kind: "region", regionCode: "11620" } });
    const metro = resolveAccess(principal("metropolitan_officer", { regionCode: "11" }), "residents.list");
    expect(metro.allowed && withinScope(metro.scope, { regionCode: "11620" })).toBe(true);
    expect(metro.allowed && withinScope(metro.scope, { regionCode: "41115" })).toBe(false);
  });

  it("never gives the ministry individual records, and keeps metropolitan officers read-mostly", () => {
    expect(resolveAccess(principal("ministry"), "residents.read")).toEqual({ allowed: false, status: 403 });
    expect(
      resolveAccess(principal("metropolitan_officer", { regionCode: "11" }), "residents.update"),
    ).toEqual({
      allowed: false,
      status: 403,
    });
  });

  it("gives a resident their own record only", () => {
    const own = resolveAccess(principal("resident", { residentId: "r1" }), "residents.read");
    expect(own.allowed && withinScope(own.scope, { residentId: "r1" })).toBe(true);
    expect(own.allowed && withinScope(own.scope, { residentId: "r2" })).toBe(false);
    expect(resolveAccess(principal("resident", { residentId: "r1" }), "residents.list").allowed).toBe(false);
  });

  it("denies a misconfigured officer without a region instead of widening the scope", () => {
    expect(resolveAccess(principal("district_officer"), "residents.list")).toEqual({
      allowed: false,
      status: 403,
    });
  });

  it("limits institution staff to their organization's work items", () => {
    const staff = resolveAccess(
      principal("institution_staff", { organizationId: "o1" }),
      "work_items.update",
    );
    expect(staff.allowed && withinScope(staff.scope, { organizationId: "o1", regionCode: "11620" })).toBe(
      true,
    );
    expect(staff.allowed && withinScope(staff.scope, { organizationId: "o2", regionCode: "11620" })).toBe(
      false,
    );
  });
});
