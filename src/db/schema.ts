// Every table, gathered for drizzle-kit and the typed query builder. Tables live in their domains.

export { organizations } from "../organizations/organization.table.ts";
export { programs } from "../programs/program.table.ts";
export { seniorJobProjects } from "../programs/senior-job-project.table.ts";
export { regionStatistics, regions } from "../regions/region.table.ts";
export { residentPersonalData, residents } from "../residents/resident.table.ts";
export { workItems } from "../work-items/work-item.table.ts";
export { appMeta } from "./app-meta.table.ts";
