import type { FieldError } from "../../../src/shared/errors.ts";

export type { FieldError };

/** An error body from the API: `{error: {code, messageKo, messageEn, fields?}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageKo: string;
  readonly messageEn: string;
  readonly fields: FieldError[];

  constructor(
    status: number,
    body: { code?: string; messageKo?: string; messageEn?: string; fields?: FieldError[] },
  ) {
    super(body.messageEn ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code ?? "http_error";
    this.messageKo = body.messageKo ?? "";
    this.messageEn = body.messageEn ?? "";
    this.fields = body.fields ?? [];
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

async function request<T>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
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
    throw new ApiError(response.status, error);
  }
  return json as T;
}

export function getJson<T>(
  path: string,
  params: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T> {
  return request<T>("GET", `${path}${toQueryString(params)}`, undefined, signal);
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>("POST", path, body);
}
