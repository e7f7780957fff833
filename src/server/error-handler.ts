import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError } from "../shared/errors.ts";

/** The one place where errors become HTTP responses. Input problems are 4xx; only bugs are 500. */
export function handleError(error: Error, c: Context) {
  if (error instanceof AppError) return c.json(error.toJSON(), error.httpStatus);
  if (error instanceof HTTPException && error.status < 500) {
    // Hono raises these for malformed requests: a body that is not JSON (400), a wrong
    // Content-Type (415), and so on. They get the same JSON error shape as everything else.
    const status = error.status;
    const unreadable = status === 400 || status === 415;
    return c.json(
      {
        error: {
          code: status === 415 ? "unsupported_media_type" : "bad_request",
          messageKo: unreadable
            ? "요청 본문을 읽을 수 없습니다. Content-Type: application/json 과 올바른 JSON인지 확인해 주세요."
            : "요청을 처리할 수 없습니다.",
          messageEn: unreadable
            ? `The request body could not be read as JSON (${error.message || "malformed body"}).`
            : error.message || "The request could not be processed.",
        },
      },
      status,
    );
  }
  console.error("Unhandled error", c.req.method, c.req.path, error);
  return c.json(
    {
      error: {
        code: "internal_error",
        messageKo: "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.",
        messageEn: "Something went wrong on our side. Please try again later.",
      },
    },
    500,
  );
}

export function apiNotFound(c: Context) {
  return c.json(
    new AppError("not_found", {
      ko: `없는 API 경로입니다: ${c.req.method} ${c.req.path}`,
      en: `No such API route: ${c.req.method} ${c.req.path}`,
    }).toJSON(),
    404,
  );
}
