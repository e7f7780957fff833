import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError } from "../shared/errors.ts";

/** The one place where errors become HTTP responses. Input problems are 4xx; only bugs are 500. */
export function handleError(error: Error, c: Context) {
  if (error instanceof AppError) return c.json(error.toJSON(), error.httpStatus);
  if (error instanceof HTTPException) {
    // Hono raises these for malformed requests, e.g. a body that is not JSON.
    const status = error.status;
    if (status === 400) {
      return c.json(
        new AppError("bad_request", {
          ko: "요청 본문을 읽을 수 없습니다. 올바른 JSON인지 확인해 주세요.",
          en: `The request could not be read: ${error.message || "malformed body"}`,
        }).toJSON(),
        400,
      );
    }
    return error.getResponse();
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
