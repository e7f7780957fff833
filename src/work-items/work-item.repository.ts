import { and, arrayContains, asc, between, desc, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { containsAllWords, inRegion, pageOffset } from "../db/list-conditions.ts";
import { organizations } from "../organizations/organization.table.ts";
import { regions } from "../regions/region.table.ts";
import { boundingBox, type LatLng } from "../shared/domain/geo.ts";
import { splitSearchWords } from "../shared/domain/search-words.ts";
import type { WorkItemInsert } from "./work-item.rows.ts";
import type { TWorkItemQuery } from "./work-item.schema.ts";
import { workItems } from "./work-item.table.ts";

/** The same Earth radius as distanceKm in shared/domain/geo.ts, so SQL and JS distances agree. */
const EARTH_RADIUS_KM = 6371.0088;

const columns = {
  item: workItems,
  organization: {
    id: organizations.id,
    name: organizations.name,
    type: organizations.type,
    synthetic: organizations.synthetic,
  },
  regionNameKo: regions.fullNameKo,
  regionNameEn: regions.fullNameEn,
};

export type WorkItemRow = NonNullable<Awaited<ReturnType<typeof findWorkItem>>> & {
  distanceKm?: number | null;
};

/** Great-circle distance from the centre to each item (haversine), in SQL so that it filters and sorts. */
function distanceKmFrom(centre: LatLng): SQL<number> {
  const lat = sql`${centre.lat}::float8`;
  const lng = sql`${centre.lng}::float8`;
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(${workItems.lat} - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(${workItems.lat})) * power(sin(radians(${workItems.lng} - ${lng}) / 2), 2)
  ))))`;
}

function nearCentre(query: TWorkItemQuery) {
  const { lat, lng, radiusKm } = query;
  if (lat === undefined || lng === undefined || radiusKm === undefined) return null;
  return { centre: { lat, lng }, radiusKm, distance: distanceKmFrom({ lat, lng }) };
}

function listConditions(query: TWorkItemQuery, near: ReturnType<typeof nearCentre>): SQL | undefined {
  // The box is a cheap, indexable prefilter (work_items_lat_lng_idx); the haversine decides.
  const box = near ? boundingBox(near.centre, near.radiusKm) : null;
  return and(
    query.region ? inRegion(workItems.regionCode, query.region) : undefined,
    query.organizationId ? eq(workItems.organizationId, query.organizationId) : undefined,
    query.category?.length ? inArray(workItems.category, query.category) : undefined,
    query.kind?.length ? inArray(workItems.kind, query.kind) : undefined,
    inArray(workItems.status, query.status?.length ? query.status : ["open"]),
    query.targetGroup ? arrayContains(workItems.targetGroups, [query.targetGroup]) : undefined,
    query.remote !== undefined ? eq(workItems.remote, query.remote) : undefined,
    containsAllWords([workItems.title, workItems.description], splitSearchWords(query.q)),
    box ? between(workItems.lat, box.minLat, box.maxLat) : undefined,
    box ? between(workItems.lng, box.minLng, box.maxLng) : undefined,
    near ? lte(near.distance, near.radiusKm) : undefined,
  );
}

function listOrder(query: TWorkItemQuery, near: ReturnType<typeof nearCentre>): SQL[] {
  // The id breaks ties so that pages never overlap or skip.
  switch (query.sort) {
    case "start_date":
      return [asc(workItems.startDate), asc(workItems.id)];
    case "wage":
      return [desc(workItems.hourlyWage), asc(workItems.id)];
    case "distance":
      return near ? [asc(near.distance), asc(workItems.id)] : [asc(workItems.id)];
    default:
      return [desc(workItems.createdAt), desc(workItems.id)];
  }
}

export async function listWorkItems(db: Db, query: TWorkItemQuery) {
  const near = nearCentre(query);
  const where = listConditions(query, near);
  const rows: WorkItemRow[] = await db
    .select({ ...columns, distanceKm: near ? near.distance : sql<number | null>`null::float8` })
    .from(workItems)
    .innerJoin(organizations, eq(organizations.id, workItems.organizationId))
    .innerJoin(regions, eq(regions.code, workItems.regionCode))
    .where(where)
    .orderBy(...listOrder(query, near))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(workItems).where(where);
  return { rows, total: count?.total ?? 0 };
}

export async function findWorkItem(db: Db, id: string) {
  const [row] = await db
    .select(columns)
    .from(workItems)
    .innerJoin(organizations, eq(organizations.id, workItems.organizationId))
    .innerJoin(regions, eq(regions.code, workItems.regionCode))
    .where(eq(workItems.id, id));
  return row ?? null;
}

/** The stored item, locked against concurrent edits until the transaction ends. */
export async function lockWorkItem(db: Db, id: string) {
  const [row] = await db.select().from(workItems).where(eq(workItems.id, id)).for("update");
  return row ?? null;
}

export async function insertWorkItem(db: Db, row: WorkItemInsert): Promise<string> {
  const [inserted] = await db.insert(workItems).values(row).returning({ id: workItems.id });
  return inserted!.id;
}

export async function updateWorkItem(db: Db, id: string, changes: Partial<WorkItemInsert>): Promise<void> {
  await db.update(workItems).set(changes).where(eq(workItems.id, id));
}
