import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../db/client.ts";
import { containsAllWords, inRegion, pageOffset } from "../db/list-conditions.ts";
import { splitSearchWords } from "../shared/domain/search-words.ts";
import { workItems } from "../work-items/work-item.table.ts";
import type { OrganizationInsert } from "./organization.rows.ts";
import type { TOrganizationQuery } from "./organization.schema.ts";
import { organizations } from "./organization.table.ts";

/**
 * The organization with its open work items, counted per row (work_items_organization_idx).
 * The counted table is aliased because drizzle leaves column names unqualified in a
 * single-table select, which would silently correlate work_items.id instead of organizations.id.
 */
function columns(db: Db) {
  const item = alias(workItems, "open_item");
  const openWorkItems = db
    .select({ count: sql<number>`count(*)::int` })
    .from(item)
    .where(and(eq(item.organizationId, organizations.id), eq(item.status, "open")));
  return { organization: organizations, openWorkItems: sql<number>`(${openWorkItems})` };
}

export type OrganizationRow = NonNullable<Awaited<ReturnType<typeof findOrganization>>>;

export async function listOrganizations(db: Db, query: TOrganizationQuery) {
  const where = and(
    query.region ? inRegion(organizations.regionCode, query.region) : undefined,
    query.type ? eq(organizations.type, query.type) : undefined,
    query.status ? eq(organizations.status, query.status) : undefined,
    containsAllWords([organizations.name], splitSearchWords(query.q)),
  );
  const rows = await db
    .select(columns(db))
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(organizations).where(where);
  return { rows, total: count?.total ?? 0 };
}

export async function findOrganization(db: Db, id: string) {
  const [row] = await db.select(columns(db)).from(organizations).where(eq(organizations.id, id));
  return row ?? null;
}

/**
 * The organization row, locked until the transaction ends: "update" before changing it,
 * "share" to keep it from being closed while a work item is added to it.
 */
export async function lockOrganization(db: Db, id: string, mode: "update" | "share") {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for(mode);
  return row ?? null;
}

export async function insertOrganization(db: Db, row: OrganizationInsert): Promise<string> {
  const [inserted] = await db.insert(organizations).values(row).returning({ id: organizations.id });
  return inserted!.id;
}

export async function updateOrganization(
  db: Db,
  id: string,
  changes: Partial<OrganizationInsert>,
): Promise<void> {
  await db.update(organizations).set(changes).where(eq(organizations.id, id));
}
