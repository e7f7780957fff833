import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP message provider on 127.0.0.1 for tests, behaving as SMS gateways do: it honours
 * the Idempotency-Key header (a repeated key gets the first answer and delivers nothing), and it
 * can be told to fail the first N requests (503), to take a message and then drop the
 * connection before answering (a lost answer), to refuse some numbers (400), or to answer slowly.
 */
export interface ProviderTestServer {
  url: string;
  apiKey: string;
  /** Every request, in arrival order. */
  requests: { idempotencyKey: string | null; body: Record<string, unknown>; status: number | "dropped" }[];
  /** Messages accepted, one per idempotency key. */
  deliveries: { messageId: string; idempotencyKey: string; to: string; text: string }[];
  failNext(count: number): void;
  dropAnswerOfNext(count: number): void;
  close(): Promise<void>;
}

export async function startProviderTestServer(
  options: { rejectNumbers?: string[]; delayMs?: number } = {},
): Promise<ProviderTestServer> {
  const apiKey = `test-key-${randomUUID()}`;
  const byKey = new Map<string, string>();
  let failures = 0;
  let drops = 0;
  const state: Omit<ProviderTestServer, "url" | "close"> = {
    apiKey,
    requests: [],
    deliveries: [],
    failNext: (count) => {
      failures = count;
    },
    dropAnswerOfNext: (count) => {
      drops = count;
    },
  };

  const server = createServer(async (request, response) => {
    const body = JSON.parse((await readBody(request)) || "{}") as Record<string, unknown>;
    const idempotencyKey = (request.headers["idempotency-key"] as string | undefined) ?? null;
    const entry: ProviderTestServer["requests"][number] = { idempotencyKey, body, status: 200 };
    state.requests.push(entry);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const reply = (status: number, payload: unknown) => {
      entry.status = status;
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(payload));
    };
    if (request.headers.authorization !== `Bearer ${apiKey}`) return reply(401, { error: "unauthorized" });
    if (failures > 0) {
      failures--;
      return reply(503, { error: "temporarily unavailable" });
    }
    if (options.rejectNumbers?.includes(String(body.to))) return reply(400, { error: "invalid recipient" });
    if (!idempotencyKey) return reply(400, { error: "Idempotency-Key required" });
    let messageId = byKey.get(idempotencyKey);
    if (!messageId) {
      messageId = `msg-${state.deliveries.length + 1}-${randomUUID().slice(0, 8)}`;
      byKey.set(idempotencyKey, messageId);
      state.deliveries.push({ messageId, idempotencyKey, to: String(body.to), text: String(body.text) });
    }
    if (drops > 0) {
      drops--;
      entry.status = "dropped";
      request.socket.destroy();
      return;
    }
    reply(200, { messageId });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    // Getters would be lost by the spread: keep the arrays shared by reference instead.
    requests: state.requests,
    deliveries: state.deliveries,
    url: `http://127.0.0.1:${port}/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
