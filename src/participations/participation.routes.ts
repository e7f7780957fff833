import { createRoute } from "@hono/zod-openapi";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { todayInSeoul } from "../programs/check-eligibility.ts";
import { RESIDENT } from "../residents/resident.commands.ts";
import { findResident } from "../residents/resident.repository.ts";
import { createRouter, deniedResponses, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { notFound } from "../shared/errors.ts";
import { recordParticipation } from "./participation.commands.ts";
import { historyOf } from "./participation.repository.ts";
import { ZParticipationCreate, ZParticipationHistory, ZResidentIdParam } from "./participation.schema.ts";

const tags = ["participations"];

const history = createRoute({
  middleware: [requirePermission("participations.read")] as const,
  method: "get",
  path: "/residents/{id}/participations",
  tags,
  summary: "One person's participation across every program, with career months per field",
  request: { params: ZResidentIdParam },
  responses: { 200: jsonResponse(ZParticipationHistory, "History"), ...errorResponses, ...deniedResponses },
});

const record = createRoute({
  middleware: [requirePermission("participations.record")] as const,
  method: "post",
  path: "/residents/{id}/participations",
  tags,
  summary: "Record a participation; an overlap with another direct job is refused with the overlap named",
  request: { params: ZResidentIdParam, body: jsonBody(ZParticipationCreate) },
  responses: {
    201: jsonResponse(ZParticipationHistory, "Recorded"),
    ...errorResponses,
    ...deniedResponses,
    409: { ...errorResponses[404], description: "Overlaps another direct-job participation" },
  },
});

export const participationRoutes = createRouter()
  .openapi(history, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const resident = await findResident(db, id, c.get("scope"));
    if (!resident) throw notFound(RESIDENT, id);
    return c.json(await historyOf(db, id, todayInSeoul(now())), 200);
  })
  .openapi(record, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    const resident = await findResident(db, id, c.get("scope"));
    if (!resident) throw notFound(RESIDENT, id);
    const regionCode = resident.resident.regionCode;
    await recordParticipation(db, { id, regionCode }, input, auditActorOf(c), now());
    return c.json(await historyOf(db, id, todayInSeoul(now())), 201);
  });
