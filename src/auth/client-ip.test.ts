import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "./client-ip.ts";

const app = new Hono().get("/", (c) => c.text(clientIp(c)));
const ipOf = async (headers: Record<string, string>, socket?: string) =>
  (
    await app.request(
      "/",
      { headers },
      socket ? { incoming: { socket: { remoteAddress: socket } } } : undefined,
    )
  ).text();

describe("client IP for the login throttle", () => {
  afterEach(() => {
    delete process.env.MAEUL_TRUST_PROXY;
  });

  it("is the socket address, whatever X-Forwarded-For claims", async () => {
    expect(await ipOf({ "X-Forwarded-For": "1.2.3.4" }, "10.0.0.5")).toBe("10.0.0.5");
    expect(await ipOf({})).toBe("unknown");
  });

  it("is the proxy's entry (the last) of X-Forwarded-For with MAEUL_TRUST_PROXY=1", async () => {
    process.env.MAEUL_TRUST_PROXY = "1";
    expect(await ipOf({ "X-Forwarded-For": "6.6.6.6, 203.0.113.9" }, "10.0.0.5")).toBe("203.0.113.9");
    expect(await ipOf({}, "10.0.0.5")).toBe("10.0.0.5");
  });
});
