import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";

// Headers do not depend on the database: PGlite is enough here.
describe("security headers", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp("pglite");
  });
  afterAll(() => t.dispose());

  it("sends a same-origin CSP that forbids framing, nosniff and no referrer leaks", async () => {
    const res = await t.request("GET", "/api/health");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("never lets a browser cache who is signed in", async () => {
    const res = await t.request("GET", "/api/auth/session");
    expect(res.status).toBe(401);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
