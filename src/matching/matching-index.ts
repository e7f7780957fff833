/**
 * The server's in-memory matching indexes, one pair per database: open work items (for
 * recommendations) and active residents (for ranked candidates). Each request first reads the
 * table's fingerprint (row count and Σ xmin: any insert, edit, close or erasure changes it,
 * whichever process wrote it; for tables above 20,000 rows at most once a second); a changed
 * fingerprint rebuilds that index once, concurrent requests sharing the build. Congestion counts
 * survive a rebuild, carried over by item id.
 */
import type { Db } from "../db/client.ts";
import { careerMonthsInField } from "../programs/domain/participation-rules.ts";
import { buildResidentStore, buildWorkItemStore } from "./build-stores.ts";
import { ExposureLedger } from "./domain/recommendations/exposure-ledger.ts";
import type { ResidentStore } from "./domain/recommendations/resident-store.ts";
import type { WorkItemStore } from "./domain/recommendations/work-item-store.ts";
import type { WeightsTable } from "./domain/scoring/match-weights.ts";
import { matchingWeights } from "./matching-weights.ts";
import {
  loadActiveResidents,
  loadCareerParticipations,
  loadOpenWorkItems,
  residentsFingerprint,
  workItemsFingerprint,
} from "./recommendation.repository.ts";

export interface WorkItemIndex {
  store: WorkItemStore;
  ledger: ExposureLedger;
}

export interface ResidentIndex {
  store: ResidentStore;
}

interface Slot<T> {
  key: string;
  built: Promise<T>;
  /** Rows in the built index, and when the fingerprint was last read (wall clock, ms). */
  rows: number;
  checkedAt: number;
}

/**
 * Reading the fingerprint scans the table; past this many rows it is read at most once per
 * CHECK_INTERVAL_MS, so that a national-scale index may lag other writers by up to a second.
 */
const ROWS_CHECKED_EVERY_REQUEST = 20_000;
const CHECK_INTERVAL_MS = 1000;

export class MatchingIndex {
  readonly weights: WeightsTable;
  private items: Slot<WorkItemIndex> | null = null;
  private residents: Slot<ResidentIndex> | null = null;

  constructor(weights: WeightsTable) {
    this.weights = weights;
  }

  async workItems(db: Db): Promise<WorkItemIndex> {
    if (this.items && recentlyChecked(this.items)) return this.items.built;
    const key = await workItemsFingerprint(db);
    if (this.items?.key !== key) {
      const previous = this.items?.built.catch(() => null) ?? Promise.resolve(null);
      const slot = this.slot(key, this.buildWorkItems(db, previous), (index) => index.store.size);
      this.items = slot;
      // A failed build is not kept: the next request tries again.
      slot.built.catch(() => {
        if (this.items === slot) this.items = null;
      });
    }
    this.items.checkedAt = Date.now();
    return this.items.built;
  }

  /** `asOf` (YYYY-MM-DD) is the day career months are counted to; a new day rebuilds. */
  async residentsIndex(db: Db, asOf: string): Promise<ResidentIndex> {
    if (this.residents?.key.endsWith(`@${asOf}`) && recentlyChecked(this.residents))
      return this.residents.built;
    const key = `${await residentsFingerprint(db)}@${asOf}`;
    if (this.residents?.key !== key) {
      const slot = this.slot(key, this.buildResidents(db, asOf), (index) => index.store.size);
      this.residents = slot;
      slot.built.catch(() => {
        if (this.residents === slot) this.residents = null;
      });
    }
    this.residents.checkedAt = Date.now();
    return this.residents.built;
  }

  private slot<T>(key: string, built: Promise<T>, rowsOf: (index: T) => number): Slot<T> {
    const slot: Slot<T> = { key, built, rows: 0, checkedAt: Date.now() };
    built.then(
      (index) => {
        slot.rows = rowsOf(index);
      },
      () => {},
    );
    return slot;
  }

  private async buildWorkItems(db: Db, previous: Promise<WorkItemIndex | null>): Promise<WorkItemIndex> {
    const store = buildWorkItemStore(await loadOpenWorkItems(db), this.weights);
    const halfLife = this.weights.default.congestion.halfLifeHours;
    const before = await previous;
    const ledger = before
      ? before.ledger.carriedOver(before.store.ids, store.ids, halfLife)
      : new ExposureLedger(store.size, halfLife);
    return { store, ledger };
  }

  private async buildResidents(db: Db, asOf: string): Promise<ResidentIndex> {
    const [rows, careers] = await Promise.all([loadActiveResidents(db), loadCareerParticipations(db)]);
    return { store: buildResidentStore(rows, careerMonthsByResident(careers, asOf)) };
  }
}

function recentlyChecked(slot: Slot<unknown>): boolean {
  return slot.rows > ROWS_CHECKED_EVERY_REQUEST && Date.now() - slot.checkedAt < CHECK_INTERVAL_MS;
}

/** Months per field per resident, from participations with a field (careerMonthsInField totals). */
export function careerMonthsByResident(
  rows: readonly {
    residentId: string;
    program: string;
    start: string;
    end: string | null;
    field: string | null;
  }[],
  asOf: string,
): Map<string, Record<string, number>> {
  const byResident = new Map<string, { program: string; start: string; end?: string; field: string }[]>();
  for (const row of rows) {
    if (!row.field) continue;
    let list = byResident.get(row.residentId);
    if (!list) {
      list = [];
      byResident.set(row.residentId, list);
    }
    list.push({
      program: row.program,
      start: row.start,
      field: row.field,
      ...(row.end ? { end: row.end } : {}),
    });
  }
  const months = new Map<string, Record<string, number>>();
  for (const [residentId, history] of byResident) {
    const fields = [...new Set(history.map((p) => p.field))];
    months.set(
      residentId,
      Object.fromEntries(fields.map((f) => [f, careerMonthsInField(history, f, asOf).totalMonths])),
    );
  }
  return months;
}

const indexes = new WeakMap<Db, MatchingIndex>();

/** The indexes of this database (one per process and database). */
export function matchingIndexFor(db: Db): MatchingIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new MatchingIndex(matchingWeights());
    indexes.set(db, index);
  }
  return index;
}
