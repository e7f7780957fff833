// Every table, gathered for drizzle-kit and the typed query builder. Tables live in their domains.

export { allocationRuns } from "../allocation-runs/allocation-run.table.ts";
export { auditLog } from "../audit/audit.table.ts";
export { accounts } from "../auth/account.table.ts";
export { loginThrottle } from "../auth/login-throttle.table.ts";
export { sessions } from "../auth/session.table.ts";
export { twoFactors } from "../auth/two-factor.table.ts";
export { users } from "../auth/user.table.ts";
export { verifications } from "../auth/verification.table.ts";
export { cohortApplications, cohorts, cohortWorkItems } from "../cohorts/cohort.table.ts";
export { consents } from "../consents/consent.table.ts";
export {
  demandDataVersion,
  demandForecasts,
  forecastRunRegions,
  forecastRuns,
} from "../forecasting/demand-forecast.table.ts";
export { demandObservations } from "../forecasting/demand-observation.table.ts";
export { jobDesignDrafts } from "../job-design/job-design-draft.table.ts";
export { notificationOutbox } from "../notifications/notification-outbox.table.ts";
export { organizations } from "../organizations/organization.table.ts";
export { participations } from "../participations/participation.table.ts";
export { programs } from "../programs/program.table.ts";
export { medianIncomes, programRuleSets } from "../programs/program-rule.table.ts";
export { seniorJobProjects } from "../programs/senior-job-project.table.ts";
export { regionStatistics, regions } from "../regions/region.table.ts";
export { residentPersonalData, residents } from "../residents/resident.table.ts";
export { workItems } from "../work-items/work-item.table.ts";
export { appMeta } from "./app-meta.table.ts";
