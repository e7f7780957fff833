import { Hono } from "hono";
import { authenticate } from "../../src/auth/authenticate.ts";
import type { Principal, Role } from "../../src/auth/domain/principal.ts";
import { createUserAccount } from "../../src/auth/user-account.commands.ts";
import type { DbKind } from "../../src/db/client.ts";
import { createApp } from "../../src/server/app.ts";
import type { AppEnv } from "../../src/server/router.ts";
import { createReferenceTestDatabase, type TestDatabase } from "./test-database.ts";

export interface TestRequestOptions {
  /** Extra request headers (Cookie, Origin, X-Forwarded-For…). */
  headers?: Record<string, string>;
  /** The client's IP address, as the Node server would see it on the socket. */
  ip?: string;
}

export interface TestResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely
  body: any;
  headers: Headers;
}

export type TestRequest = (
  method: string,
  path: string,
  body?: unknown,
  options?: TestRequestOptions,
) => Promise<TestResponse>;

/** A browser-like client: keeps the cookies it is given and sends them back, with Origin set. */
export interface TestAgent {
  request: TestRequest;
  /** Cookie name → value, as the server last set them. */
  cookies: Map<string, string>;
  /** POST /api/auth/login with these credentials; the agent keeps the session cookie. */
  login(email: string, password: string): Promise<TestResponse>;
}

/**
 * A migrated test database with real regions loaded, and the HTTP app on top of it (no socket).
 * `now` may be a function, so that a test can move the clock (session timeouts, lockouts).
 */
export async function createTestApp(kind: DbKind, options: { now?: Date | (() => Date) } = {}) {
  const database: TestDatabase = await createReferenceTestDatabase(kind);
  const fixed = options.now instanceof Date ? options.now : new Date("2026-03-02T00:00:00Z");
  const now = typeof options.now === "function" ? options.now : () => fixed;
  const app = createApp({ db: database.db, dbKind: database.kind, now }, { serveWebApp: false });

  const request: TestRequest = async (method, path, body, requestOptions = {}) => {
    const headers: Record<string, string> = body === undefined ? {} : { "Content-Type": "application/json" };
    const response = await app.request(
      path,
      {
        method,
        headers: { ...headers, ...requestOptions.headers },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      },
      // What @hono/node-server passes as the environment: the socket, for the client's address.
      requestOptions.ip ? { incoming: { socket: { remoteAddress: requestOptions.ip } } } : undefined,
    );
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, body: json, headers: response.headers };
  };

  function agent(agentOptions: { ip?: string } = {}): TestAgent {
    const cookies = new Map<string, string>();
    const agentRequest: TestRequest = async (method, path, body, requestOptions = {}) => {
      const cookieHeader = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
      const response = await request(method, path, body, {
        ip: requestOptions.ip ?? agentOptions.ip,
        headers: {
          Origin: "http://localhost",
          ...(cookieHeader ? { Cookie: cookieHeader } : {}),
          ...requestOptions.headers,
        },
      });
      for (const setCookie of response.headers.getSetCookie()) {
        const [pair = "", ...attributes] = setCookie.split(";");
        const eq = pair.indexOf("=");
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
        if (expired) cookies.delete(name);
        else cookies.set(name, value);
      }
      return response;
    };
    return {
      request: agentRequest,
      cookies,
      login: (email, password) => agentRequest("POST", "/api/auth/login", { email, password }),
    };
  }

  /** A fresh agent that has just posted these credentials to /api/auth/login. */
  async function login(email: string, password: string, agentOptions: { ip?: string } = {}) {
    const client = agent(agentOptions);
    const response = await client.login(email, password);
    return { ...client, response };
  }

  // The same middleware as the app, on a route of its own that shows what handlers would see.
  const probe = new Hono<AppEnv>()
    .use("*", async (c, next) => {
      c.set("deps", { db: database.db, dbKind: database.kind, now });
      await next();
    })
    .use("/api/*", authenticate)
    .get("/api/principal", (c) => c.json({ principal: c.get("principal") }));

  /** The Principal that `authenticate` sets for a request carrying this agent's cookies. */
  async function principalOf(client: Pick<TestAgent, "cookies">): Promise<Principal | null> {
    const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await probe.request("/api/principal", { headers: cookie ? { Cookie: cookie } : {} });
    return ((await response.json()) as { principal: Principal | null }).principal;
  }

  /**
   * A signed-in agent with this role and reach: the account is created on first use (marked demo,
   * so that officer roles need no TOTP code in tests that are not about TOTP).
   */
  async function signedIn(
    role: Role,
    reach: { regionCode?: string | null; organizationId?: string | null; residentId?: string | null } = {},
  ) {
    const email = `${role}.${reach.regionCode ?? reach.organizationId ?? reach.residentId ?? "all"}.${++accounts}@test.maeul.kr`;
    const password = "test-password-long-enough-7";
    await createUserAccount(database.db, {
      email,
      password,
      name: `테스트 ${role}`,
      role,
      demo: true,
      ...reach,
    });
    const client = await login(email, password);
    if (client.response.status !== 200)
      throw new Error(`test sign-in failed: ${JSON.stringify(client.response.body)}`);
    return client;
  }
  let accounts = 0;

  return {
    app,
    database,
    now,
    request,
    agent,
    login,
    signedIn,
    principalOf,
    dispose: () => database.dispose(),
  };
}
