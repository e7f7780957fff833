import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { chunks } from "../db/upsert.ts";
import { seniorJobProjects } from "../programs/senior-job-project.table.ts";
import { regionStatistics, regions } from "../regions/region.table.ts";
import type { WorkCategory } from "../work-items/domain/work-item-vocabulary.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { demandObservations } from "./demand-observation.table.ts";
import type { DemandSource } from "./domain/demand-vocabulary.ts";

/** All SQL of demand observations: bulk writes, the series the forecasts read, platform aggregates. */

export interface DemandObservationRow {
  regionCode: string;
  category: WorkCategory;
  /** First day of the month, "2024-07-01". */
  period: string;
  hoursRequested: number;
  itemsPosted: number;
  itemsFilled: number;
  unmetRequests: number;
  /** Generated or derived from generated records (the demo), never observed. */
  synthetic: boolean;
}

/** Both drivers answer a raw query with `{ rows }`; the Db type cannot say so. */
async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A series needs this many months before it is forecast from its own history (else: cold start). */
export const MIN_HISTORY_MONTHS = 24;

/**
 * Writes observations of one source in a few statements: each chunk travels as one JSON
 * parameter and is unpacked by json_to_recordset, so 150,000 rows take 8 statements instead of
 * 150,000 (the same on PGlite and PostgreSQL). An existing (region, category, month, source)
 * row is replaced. Call inside a transaction to make a batch all-or-nothing.
 */
export async function upsertObservations(
  db: Db,
  source: DemandSource,
  rows: readonly DemandObservationRow[],
  options: { chunkSize?: number; replace?: boolean } = {},
): Promise<number> {
  const chunkSize = options.chunkSize ?? 20_000;
  // Into an emptied range (the seed) a plain insert is enough, and faster on PGlite.
  const onConflict =
    options.replace === false
      ? sql``
      : sql`on conflict (region_code, category, period, source) do update set
        hours_requested = excluded.hours_requested,
        items_posted = excluded.items_posted,
        items_filled = excluded.items_filled,
        unmet_requests = excluded.unmet_requests,
        synthetic = excluded.synthetic,
        recorded_at = now()`;
  let written = 0;
  for (const batch of chunks(rows, chunkSize)) {
    const json = JSON.stringify(
      batch.map((r) => ({
        r: r.regionCode,
        c: r.category,
        p: r.period,
        h: r.hoursRequested,
        n: r.itemsPosted,
        f: r.itemsFilled,
        u: r.unmetRequests,
        s: r.synthetic,
      })),
    );
    await db.execute(sql`
      insert into demand_observations
        (region_code, category, period, hours_requested, items_posted, items_filled, unmet_requests, source, synthetic)
      select r, c, p, h, n, f, u, ${source}, s
      from json_to_recordset(${json}::json) as x(r varchar, c text, p date, h float8, n int, f int, u int, s boolean)
      ${onConflict}`);
    written += batch.length;
  }
  return written;
}

export async function deleteObservations(
  db: Db,
  source: DemandSource,
  regionCodes?: readonly string[],
): Promise<void> {
  await db
    .delete(demandObservations)
    .where(
      and(
        eq(demandObservations.source, source),
        regionCodes ? inArray(demandObservations.regionCode, [...regionCodes]) : undefined,
      ),
    );
}

export interface SeriesPoint {
  regionCode: string;
  category: WorkCategory;
  period: string;
  hoursRequested: number;
  source: DemandSource;
  synthetic: boolean;
}

/**
 * The monthly hours of each (region, category) series from one source, chosen per series: the
 * first of import, platform, synthetic that has at least MIN_HISTORY_MONTHS months; when none
 * has, the one with the most months (ties in the same order). Sources are never mixed within a
 * series. `to` excludes months after it (history ends where the clock is).
 */
export async function findDemandSeries(
  db: Db,
  filter: { regionCodes?: readonly string[]; categories?: readonly string[]; from?: string; to?: string },
): Promise<SeriesPoint[]> {
  const regionFilter =
    filter.regionCodes && filter.regionCodes.length > 0
      ? sql`and region_code in (${sql.join(
          filter.regionCodes.map((c) => sql`${c}`),
          sql`, `,
        )})`
      : sql``;
  const categoryFilter =
    filter.categories && filter.categories.length > 0
      ? sql`and category in (${sql.join(
          filter.categories.map((c) => sql`${c}`),
          sql`, `,
        )})`
      : sql``;
  const from = filter.from ?? "1900-01-01";
  const to = filter.to ?? "9999-12-01";
  const result = await queryRows<{
    region_code: string;
    category: WorkCategory;
    period: string;
    hours_requested: number;
    source: DemandSource;
    synthetic: boolean;
  }>(
    db,
    sql`
    with counts as (
      select region_code, category, source, count(*)::int as months,
        case source when 'import' then 0 when 'platform' then 1 else 2 end as preference
      from demand_observations
      where period between ${from}::date and ${to}::date ${regionFilter} ${categoryFilter}
      group by region_code, category, source
    ), chosen as (
      select distinct on (region_code, category) region_code, category, source
      from counts
      order by region_code, category,
        (months >= ${MIN_HISTORY_MONTHS}) desc,
        case when months >= ${MIN_HISTORY_MONTHS} then preference else -months end,
        preference
    )
    select o.region_code, o.category, to_char(o.period, 'YYYY-MM-DD') as period, o.hours_requested, o.source,
      o.synthetic
    from demand_observations o
    join chosen c on c.region_code = o.region_code and c.category = o.category and c.source = o.source
    where o.period between ${from}::date and ${to}::date
    order by o.region_code, o.category, o.period`,
  );
  return result.map((r) => ({
    regionCode: r.region_code,
    category: r.category,
    period: r.period,
    hoursRequested: Number(r.hours_requested),
    source: r.source,
    synthetic: r.synthetic === true,
  }));
}

/** The demographic figures of 시군구 (all, or the given ones) for demand profiles. */
export async function findRegionFigures(db: Db, regionCodes?: readonly string[]) {
  return db
    .select({
      regionCode: regionStatistics.regionCode,
      population: regionStatistics.population,
      populationByAge: regionStatistics.populationByAge,
      singlePersonHouseholdsByAge: regionStatistics.singlePersonHouseholdsByAge,
      disabledRegistered: regionStatistics.disabledRegistered,
      employmentRate: regionStatistics.employmentRate,
      nameKo: regions.nameKo,
      nameEn: regions.nameEn,
      fullNameKo: regions.fullNameKo,
      fullNameEn: regions.fullNameEn,
      cityNameKo: regions.cityNameKo,
      parentCode: regions.parentCode,
    })
    .from(regionStatistics)
    .innerJoin(regions, eq(regions.code, regionStatistics.regionCode))
    .where(
      and(eq(regions.level, "sigungu"), regionCodes ? inArray(regions.code, [...regionCodes]) : undefined),
    )
    .orderBy(regions.code);
}

export async function findSidoNames(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, { ko: string; en: string }>();
  const rows = await db
    .select({ code: regions.code, ko: regions.nameKo, en: regions.nameEn })
    .from(regions)
    .where(and(eq(regions.level, "sido"), inArray(regions.code, [...codes])))
    .orderBy(regions.code);
  return new Map(rows.map((r) => [r.code, { ko: r.ko, en: r.en }]));
}

/**
 * The platform's own demand per 시군구 × category × month, from its work items (not drafts or
 * cancelled ones): hours = hours per week × headcount × days of the month the item runs / 7,
 * spread over every month the item runs; posted and filled count the items starting that month;
 * unmet counts those that started before `today` and are still open (nobody took them).
 */
export async function aggregatePlatformDemand(
  db: Db,
  today: string,
  regionCodes?: readonly string[],
): Promise<DemandObservationRow[]> {
  const regionFilter =
    regionCodes && regionCodes.length > 0
      ? sql`and w.region_code in (${sql.join(
          regionCodes.map((c) => sql`${c}`),
          sql`, `,
        )})`
      : sql``;
  const result = await queryRows<{
    region_code: string;
    category: WorkCategory;
    period: string;
    hours: number;
    posted: number;
    filled: number;
    unmet: number;
    synthetic: boolean;
  }>(
    db,
    sql`
    select w.region_code, w.category, to_char(m.month, 'YYYY-MM-DD') as period,
      round(sum(w.hours_per_week * w.headcount *
        ((least(w.end_date, (m.month + interval '1 month - 1 day')::date)
          - greatest(w.start_date, m.month::date) + 1) / 7.0))::numeric, 1)::float8 as hours,
      (count(*) filter (where date_trunc('month', w.start_date) = m.month))::int as posted,
      (count(*) filter (where date_trunc('month', w.start_date) = m.month and w.status = 'filled'))::int as filled,
      (count(*) filter (where date_trunc('month', w.start_date) = m.month and w.status = 'open'
        and w.start_date < ${today}::date))::int as unmet,
      bool_and(w.synthetic) as synthetic
    from ${workItems} w
    cross join lateral generate_series(date_trunc('month', w.start_date), date_trunc('month', w.end_date),
      interval '1 month') as m(month)
    where w.status in ('open', 'filled', 'closed') ${regionFilter}
    group by w.region_code, w.category, m.month
    order by w.region_code, w.category, m.month`,
  );
  return result.map((r) => ({
    regionCode: r.region_code,
    category: r.category,
    period: r.period,
    hoursRequested: Number(r.hours),
    itemsPosted: Number(r.posted),
    itemsFilled: Number(r.filled),
    unmetRequests: Number(r.unmet),
    synthetic: r.synthetic === true,
  }));
}

/**
 * Hours already covered by open or filled work items within [from, to] (inclusive dates), per
 * 시군구 × category: what the forecast gap subtracts.
 */
export async function findCoveredHours(
  db: Db,
  window: { from: string; to: string },
  regionCodes?: readonly string[],
): Promise<{ regionCode: string; category: WorkCategory; hours: number }[]> {
  const regionFilter =
    regionCodes && regionCodes.length > 0
      ? sql`and region_code in (${sql.join(
          regionCodes.map((c) => sql`${c}`),
          sql`, `,
        )})`
      : sql``;
  const result = await queryRows<{ region_code: string; category: WorkCategory; hours: number }>(
    db,
    sql`
    select region_code, category,
      sum(hours_per_week * headcount *
        ((least(end_date, ${window.to}::date) - greatest(start_date, ${window.from}::date) + 1) / 7.0))::float8 as hours
    from ${workItems}
    where status in ('open', 'filled') and start_date <= ${window.to}::date and end_date >= ${window.from}::date
      ${regionFilter}
    group by region_code, category`,
  );
  return result.map((r) => ({ regionCode: r.region_code, category: r.category, hours: Number(r.hours) }));
}

/** The real 2022 노인일자리 projects, as the cold-start check's cross-section needs them. */
export async function findSeniorJobProjectFigures(db: Db) {
  return db
    .select({
      regionCode: seniorJobProjects.regionCode,
      sourceRegionCode: seniorJobProjects.sourceRegionCode,
      scope: seniorJobProjects.scope,
      projectType: seniorJobProjects.projectType,
      targetJobs: seniorJobProjects.targetJobs,
    })
    .from(seniorJobProjects);
}
