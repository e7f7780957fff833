import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { STRICT_TRANSPORT_SECURITY } from "./security-headers.ts";

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

  describe("Strict-Transport-Security", () => {
    afterEach(() => vi.unstubAllEnvs());
    /** What @hono/node-server passes as the environment: the socket, TLS or not. */
    const overSocket = (path: string, encrypted: boolean, headers: Record<string, string> = {}) =>
      t.app.request(path, { headers }, { incoming: { socket: { encrypted, remoteAddress: "203.0.113.9" } } });

    it("is never sent over plain http://localhost", async () => {
      expect((await t.request("GET", "/api/health")).headers.get("strict-transport-security")).toBeNull();
      const plain = await overSocket("http://localhost/api/health", false);
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      // An absolute https:// URL in the request line of a plain connection proves nothing: the socket decides.
      const claimed = await overSocket("https://localhost/api/health", false);
      expect(claimed.headers.get("strict-transport-security")).toBeNull();
    });

    it("is sent on every answer that left over a TLS socket of our own, errors included", async () => {
      for (const path of ["/api/health", "/api/residents", "/api/no-such-thing"]) {
        const res = await overSocket(`https://maeul.example.kr${path}`, true);
        expect(res.headers.get("strict-transport-security"), path).toBe(STRICT_TRANSPORT_SECURITY);
      }
      expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=31536000; includeSubDomains");
    });

    it("believes X-Forwarded-Proto only from a trusted proxy (MAEUL_TRUST_PROXY=1), last entry", async () => {
      const https = { "X-Forwarded-Proto": "https" };
      vi.stubEnv("MAEUL_TRUST_PROXY", "");
      expect(
        (await overSocket("/api/health", false, https)).headers.get("strict-transport-security"),
      ).toBeNull();
      vi.stubEnv("MAEUL_TRUST_PROXY", "1");
      const proxied = await overSocket("/api/health", false, https);
      expect(proxied.headers.get("strict-transport-security")).toBe(STRICT_TRANSPORT_SECURITY);
      const upper = await overSocket("/api/health", false, { "X-Forwarded-Proto": "HTTPS" });
      expect(upper.headers.get("strict-transport-security")).toBe(STRICT_TRANSPORT_SECURITY);
      for (const proto of ["http", "https, http", "wss"]) {
        const res = await overSocket("/api/health", false, { "X-Forwarded-Proto": proto });
        expect(res.headers.get("strict-transport-security"), proto).toBeNull();
      }
      expect((await overSocket("/api/health", false)).headers.get("strict-transport-security")).toBeNull();
    });
  });
});
