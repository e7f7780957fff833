import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { tooManyAttempts } from "../auth/auth-errors.ts";
import { clearSessionCookies } from "../auth/authenticate.ts";
import { createRouter, deniedResponses, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { unauthenticated } from "../shared/errors.ts";
import { deleteMyAccount } from "./delete-my-account.ts";
import { exportMyData } from "./export-my-data.ts";
import { ZAccountDeletionReceipt, ZAccountDeletionRequest } from "./my-account.schema.ts";

const exportRoute = createRoute({
  method: "get",
  path: "/me/export",
  tags: ["residents"],
  summary: "Download everything Maeul holds about me (JSON file); the download is audited",
  middleware: [requirePermission("residents.export_own")] as const,
  responses: {
    200: jsonResponse(z.looseObject({ exportedAt: z.string() }).meta({ id: "MyDataExport" }), "My data"),
    ...deniedResponses,
  },
});

const deleteRoute = createRoute({
  method: "post",
  path: "/me/delete",
  tags: ["residents"],
  summary: "Delete my account and erase my registration (password re-entered); audited",
  description:
    "In one transaction: consents still granted are withdrawn, the registration's name, phone, address and " +
    "notes are deleted and the registration closed (a stub with 시군구 and birth year stays), the account " +
    "with its password, sessions and TOTP secret is deleted, and the session cookie is cleared. Kept: the " +
    "audit log and the consent history, under ids that no longer lead to a person (docs/privacy-retention.md). " +
    "A wrong password is 400 (field password) and counts towards the sign-in lockout (429). Demo accounts: 403 " +
    "(after the password check).",
  middleware: [requirePermission("account.delete_own")] as const,
  request: { body: jsonBody(ZAccountDeletionRequest) },
  responses: {
    200: jsonResponse(ZAccountDeletionReceipt, "Deleted; what was kept and for how long"),
    400: errorResponses[400],
    ...deniedResponses,
    429: { ...errorResponses[400], description: "Too many wrong passwords; Retry-After says for how long" },
  },
});

export const myDataRoutes = createRouter().openapi(exportRoute, async (c) => {
  const principal = c.get("principal");
  if (!principal) throw unauthenticated();
  const { db, now } = c.get("deps");
  const data = await exportMyData(db, principal, auditActorOf(c), now());
  c.header(
    "Content-Disposition",
    `attachment; filename="maeul-my-data-${data.exportedAt.slice(0, 10)}.json"`,
  );
  c.header("Cache-Control", "no-store");
  return c.json(data, 200);
});

myDataRoutes.openapi(deleteRoute, async (c) => {
  const principal = c.get("principal");
  if (!principal) throw unauthenticated();
  const { db, now } = c.get("deps");
  const { password } = c.req.valid("json");
  const outcome = await deleteMyAccount(db, principal, password, auditActorOf(c), now());
  c.header("Cache-Control", "no-store");
  if (outcome.kind === "locked") return tooManyAttempts(c, outcome.retryAfterSeconds);
  clearSessionCookies(c);
  return c.json(outcome.receipt, 200);
});
