import type { DbKind } from "../../src/db/client.ts";
import { seedDatabase } from "../../src/db/seed-database.ts";
import { createApp } from "../../src/server/app.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

/** A migrated test database with real regions loaded, and the HTTP app on top of it (no socket). */
export async function createTestApp(kind: DbKind, options: { now?: Date } = {}) {
  const database: TestDatabase = await createTestDatabase(kind);
  await seedDatabase(database.db, { regions: [], demo: false });
  const now = options.now ?? new Date("2026-03-02T00:00:00Z");
  const app = createApp({ db: database.db, dbKind: database.kind, now: () => now }, { serveWebApp: false });

  async function request(method: string, path: string, body?: unknown) {
    const response = await app.request(path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely
    return { status: response.status, body: json as any, headers: response.headers };
  }

  return { app, database, request, dispose: () => database.dispose() };
}
