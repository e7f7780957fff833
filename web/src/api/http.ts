import type { FieldError } from "../../../src/shared/errors.ts";

export type { FieldError };

/** An error body from the API: `{error: {code, messageKo, messageEn, fields?}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageKo: string;
  readonly messageEn: string;
  readonly fields: FieldError[];
  /** Seconds to wait before trying again (the Retry-After header of a 429), when the API said. */
  readonly retryAfterSeconds: number | null;
  /** When the answer came (Date.now()), to turn Retry-After into a time of day. */
  readonly receivedAt = Date.now();

  constructor(
    status: number,
    body: { code?: string; messageKo?: string; messageEn?: string; fields?: FieldError[] },
    retryAfterSeconds: number | null = null,
  ) {
    super(body.messageEn ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code ?? "http_error";
    this.messageKo = body.messageKo ?? "";
    this.messageEn = body.messageEn ?? "";
    this.fields = body.fields ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request never reached the API (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("network_error", { cause });
    this.name = "NetworkError";
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A successful answer with its headers (for Date, Content-Disposition and the like). */
export interface ApiResponse<T> {
  data: T;
  headers: Headers;
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * One call to the API. The session cookie goes with it (same origin: fetch's default
 * `credentials: "same-origin"`); a non-2xx answer becomes an ApiError.
 */
export async function send<T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<ApiResponse<T>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: "same-origin",
      headers:
        body === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const error = (json as { error?: ConstructorParameters<typeof ApiError>[1] } | null)?.error ?? {};
    throw new ApiError(response.status, error, retryAfterSeconds(response.headers.get("Retry-After")));
  }
  return { data: json as T, headers: response.headers };
}

export async function getJson<T>(
  path: string,
  params: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T> {
  return (await send<T>("GET", `${path}${toQueryString(params)}`, undefined, signal)).data;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return (await send<T>("POST", path, body)).data;
}

/** A file from the API (an attachment): its bytes and the name the server gave it. */
export async function getFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { credentials: "same-origin" });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    let body: ConstructorParameters<typeof ApiError>[1] = {};
    try {
      body = ((await response.json()) as { error?: typeof body }).error ?? {};
    } catch {
      body = {};
    }
    throw new ApiError(response.status, body, retryAfterSeconds(response.headers.get("Retry-After")));
  }
  return { blob: await response.blob(), filename: filenameOf(response.headers.get("Content-Disposition")) };
}

/** The file name of a Content-Disposition header: filename* (RFC 5987) first, then filename. */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || null;
}
