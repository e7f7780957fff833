import { OpenAPIHono } from "@hono/zod-openapi";
import { secureHeaders } from "hono/secure-headers";

import { allocationRunRoutes } from "../allocation-runs/allocation-run.routes.ts";
import { auditRoutes } from "../audit/audit.routes.ts";
import { authRoutes } from "../auth/auth.routes.ts";
import { authenticate } from "../auth/authenticate.ts";
import { cohortRoutes } from "../cohorts/cohort.routes.ts";
import { consentRoutes } from "../consents/consent.routes.ts";
import { forecastRoutes } from "../forecasting/forecast.routes.ts";
import { jobDesignRoutes } from "../job-design/job-design.routes.ts";
import { occupationRoutes } from "../job-design/occupation.routes.ts";
import { recommendationRoutes } from "../matching/recommendation.routes.ts";
import { notificationRoutes } from "../notifications/notification.routes.ts";
import { organizationRoutes } from "../organizations/organization.routes.ts";
import { participationImportRoutes } from "../participations/import/participation-import.routes.ts";
import { participationRoutes } from "../participations/participation.routes.ts";
import { eligibilityRoutes } from "../programs/eligibility.routes.ts";
import { programRoutes } from "../programs/program.routes.ts";
import { regionRoutes } from "../regions/region.routes.ts";
import { regionMapRoutes } from "../regions/region-map.routes.ts";
import { myDataRoutes } from "../residents/my-data.routes.ts";
import { residentRoutes } from "../residents/resident.routes.ts";
import { residentLookupRoutes } from "../residents/resident-lookup.routes.ts";
import { workItemRoutes } from "../work-items/work-item.routes.ts";
import { apiDocsRoutes } from "./api-docs.ts";
import { apiNotFound, handleError } from "./error-handler.ts";
import { healthRoutes } from "./health.routes.ts";
import type { AppDeps, AppEnv } from "./router.ts";
import { strictTransportSecurity } from "./security-headers.ts";
import { webAppRoutes } from "./web-app.ts";

/**
 * The HTTP application: /api (JSON, OpenAPI 3.1 at /api/openapi.json, docs at /api/docs) and
 * the web app for every other path. Routes are thin; they live beside their domain.
 */
export function createApp(deps: AppDeps, options: { serveWebApp?: boolean } = {}) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // Sent only over HTTPS, by the middleware below.
      strictTransportSecurity: false,
    }),
  );
  app.use("*", strictTransportSecurity);
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  // Who is calling: `c.get("principal")` in every API handler (null when nobody is signed in).
  app.use("/api/*", authenticate);

  const api = new OpenAPIHono<AppEnv>()
    .route("/", healthRoutes)
    .route("/", authRoutes)
    .route("/", regionRoutes)
    .route("/", regionMapRoutes)
    .route("/", programRoutes)
    .route("/", eligibilityRoutes)
    .route("/", cohortRoutes)
    .route("/", allocationRunRoutes)
    .route("/", participationRoutes)
    .route("/", participationImportRoutes)
    .route("/", organizationRoutes)
    .route("/", workItemRoutes)
    .route("/", recommendationRoutes)
    .route("/", forecastRoutes)
    .route("/", occupationRoutes)
    .route("/", jobDesignRoutes)
    .route("/", residentLookupRoutes)
    .route("/", residentRoutes)
    .route("/", myDataRoutes)
    .route("/", consentRoutes)
    .route("/", auditRoutes)
    .route("/", notificationRoutes);
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    // Paths are relative to the API's mount point.
    servers: [{ url: "/api", description: "This server" }],
    info: {
      title: "Maeul API (마을)",
      version: "0.1.0",
      description:
        "Regional public jobs in Korea. Errors are `{error: {code, messageKo, messageEn, fields?}}`; " +
        "invalid input is 400 with a list of fields and reasons.",
    },
  });
  api.route("/", apiDocsRoutes);
  api.notFound(apiNotFound);
  app.route("/api", api);
  app.all("/api/*", apiNotFound);
  if (options.serveWebApp !== false) app.route("/", webAppRoutes());
  return app;
}

export type App = ReturnType<typeof createApp>;
