import type { Context } from "hono";
import { trustProxy } from "./auth-config.ts";

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The caller's IP address for the login throttle (see trustProxy); "unknown" when there is none. */
export function clientIp(c: Context): string {
  if (trustProxy()) {
    const forwarded = c.req.header("x-forwarded-for");
    const last = forwarded?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}
