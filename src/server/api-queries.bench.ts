import { createUserAccount } from "../auth/user-account.commands.ts";
import type { Db, DbKind } from "../db/client.ts";
import { seedDatabase } from "../db/seed-database.ts";
import {
  createThrowawayDatabase,
  DEFAULT_POSTGRES_ADMIN_URL,
  probePostgres,
} from "../db/throwaway-database.ts";
import { createApp } from "./app.ts";

/**
 * Latency of the main read endpoints through the whole HTTP stack (in-process, no socket), on
 * embedded PGlite and on the PostgreSQL server side by side, with the health check (one
 * `select 1`) as the baseline cost of a request. Data: real regions plus the ten pilot districts'
 * synthetic population.
 */
const ROUNDS = 200;

const REQUESTS: [string, string][] = [
  ["baseline: health (select 1)", "/api/health"],
  ["regions: 250 시군구", "/api/regions?level=sigungu"],
  ["region detail 관악구", "/api/regions/11620"],
  ["work items: region + status", "/api/work-items?region=11620"],
  ["work items: Korean text 돌봄", "/api/work-items?q=%EB%8F%8C%EB%B4%84"],
  ["work items: 5 km radius", "/api/work-items?lat=37.4784&lng=126.9516&radiusKm=5&sort=distance"],
  ["residents: region + group", "/api/residents?region=11620&group=senior"],
];

export async function apiQueriesBench(): Promise<void> {
  const kinds: DbKind[] = ["pglite"];
  if ((await probePostgres()) === null) kinds.push("postgres");
  else console.log(`(PostgreSQL at ${DEFAULT_POSTGRES_ADMIN_URL} unreachable: PGlite only)`);

  const results = new Map<DbKind, Map<string, { median: number; p95: number }>>();
  for (const kind of kinds) {
    const database = await createThrowawayDatabase(kind);
    try {
      await seedDatabase(database.db, { regions: "pilot", demo: true });
      const app = createApp({ db: database.db, dbKind: kind, now: () => new Date() }, { serveWebApp: false });
      // Residents' records need a signed-in caller: measure as a (demo) administrator, so that
      // the session check is part of every figure, as it is for real users.
      const headers = { Cookie: await signInAsAdmin(database.db, app) };
      const timings = new Map<string, { median: number; p95: number }>();
      for (const [label, path] of REQUESTS) {
        for (let i = 0; i < 10; i++) await app.request(path, { headers }); // warm-up
        const samples: number[] = [];
        for (let i = 0; i < ROUNDS; i++) {
          const start = performance.now();
          const response = await app.request(path, { headers });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
          samples.push(performance.now() - start);
        }
        samples.sort((a, b) => a - b);
        timings.set(label, {
          median: samples[Math.floor(ROUNDS / 2)]!,
          p95: samples[Math.floor(ROUNDS * 0.95)]!,
        });
      }
      results.set(kind, timings);
    } finally {
      await database.dispose();
    }
  }

  const header = ["request", ...kinds.map((k) => `${k} median / p95 (ms)`)];
  console.log(`${ROUNDS} requests each, after 10 warm-up requests, on ${process.platform}/${process.arch}`);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const [label] of REQUESTS) {
    const cells = kinds.map((k) => {
      const t = results.get(k)!.get(label)!;
      return `${t.median.toFixed(2)} / ${t.p95.toFixed(2)}`;
    });
    console.log(`| ${label} | ${cells.join(" | ")} |`);
  }
}

async function signInAsAdmin(db: Db, app: ReturnType<typeof createApp>): Promise<string> {
  const credentials = { email: "bench-admin@bench.maeul.kr", password: "bench-password-not-secret-1" };
  await createUserAccount(db, { ...credentials, name: "벤치 관리자", role: "system_admin", demo: true });
  const login = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: "http://localhost" },
    body: JSON.stringify(credentials),
  });
  if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
