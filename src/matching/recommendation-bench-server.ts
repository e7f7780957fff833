/**
 * The HTTP half of `npm run bench -- recommend`, run as its own process: builds the bench market
 * and serves GET /recommend/:resident?limit=20 with @hono/node-server (the server the platform
 * runs on), plus /floor, the same size of JSON precomputed, to show what HTTP itself costs.
 * With MAEUL_BENCH_RECOMMEND_WORKERS=n (n > 1) it forks n processes sharing the port (node:cluster),
 * each with its own copy of the market, as n replicas of `maeul serve` would run.
 * Prints "ready <port>" once every process listens.
 */
import cluster from "node:cluster";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { benchMarket, newLedger, recommendOnce } from "./recommendation-bench-market.ts";

const workers = Number(process.env.MAEUL_BENCH_RECOMMEND_WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  let listening = 0;
  for (let k = 0; k < workers; k++) cluster.fork();
  cluster.on("listening", (_worker, address) => {
    if (++listening === workers) console.log(`ready ${address.port}`);
  });
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    process.exit(0);
  });
} else {
  const { market, weights } = benchMarket();
  const ledger = newLedger(market, weights);
  const floor = JSON.stringify(recommendOnce(market, weights, null, 0, 20, 0));
  const started = Date.now();

  const app = new Hono()
    .get("/recommend/:resident", (c) => {
      const resident = Number(c.req.param("resident"));
      const limit = Number(c.req.query("limit") ?? 20);
      if (!Number.isInteger(resident) || resident < 0 || resident >= market.residents.size) {
        return c.json({ error: "unknown resident" }, 404);
      }
      const { considered, items } = recommendOnce(
        market,
        weights,
        ledger,
        resident,
        limit,
        Date.now() - started,
      );
      return c.json({ resident, considered, items });
    })
    .get("/floor", (c) => c.body(floor, 200, { "Content-Type": "application/json" }));

  // Port 0: a free port; in a cluster every worker gets the same one (node:cluster shares it).
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
    if (workers <= 1) console.log(`ready ${info.port}`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
