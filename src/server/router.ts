import { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { UseCase } from "../access/domain/permissions.ts";
import type { Scope } from "../access/domain/resolve-access.ts";
import type { Principal } from "../auth/domain/principal.ts";
import type { Db, DbKind } from "../db/client.ts";
import { validationFailed } from "../shared/errors.ts";
import { toFieldErrors } from "../shared/validation/field-errors.ts";

/** What every route handler may use, injected once by createApp. */
export interface AppDeps {
  db: Db;
  dbKind: DbKind;
  /** The clock, injectable so that tests and seeds are deterministic. */
  now: () => Date;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    /** Who is calling (set by the authentication middleware); null when nobody is signed in. */
    principal: Principal | null;
    /** What this caller may reach for the route's use-case (set by requirePermission). */
    scope: Scope;
    useCase: UseCase;
  };
};

/**
 * A router whose request validation failures become our 400 with a per-field list, instead of
 * the library's default body.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw validationFailed(toFieldErrors(result.error.issues, (result as { data?: unknown }).data));
      }
    },
  });
}

export const ZFieldError = z.object({
  field: z.string(),
  reason: z.string(),
  messageKo: z.string(),
  messageEn: z.string(),
});

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "validation_failed" }),
      messageKo: z.string(),
      messageEn: z.string(),
      fields: z.array(ZFieldError).optional(),
    }),
  })
  .meta({ id: "ErrorResponse" });

const errorContent = { "application/json": { schema: ZErrorResponse } };

/** The error responses routes declare in OpenAPI. */
export const errorResponses = {
  400: { description: "Invalid input: a list of fields and reasons", content: errorContent },
  404: { description: "Not found", content: errorContent },
} as const;

/** The refusals of a route behind requirePermission (src/access): declared once for OpenAPI. */
export const deniedResponses = {
  401: { description: "Not signed in", content: errorContent },
  403: { description: "Outside the caller's role, organization or region", content: errorContent },
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
