/**
 * A resident's recommendations and bundles, as a use-case: the resident inside the caller's scope
 * (404 otherwise, as for reading the record), their matching fields and career months read fresh,
 * the work-item index queried, the shown items counted for congestion control, and the read
 * logged in the audit log (what was shown was computed from the resident's profile).
 */
import type { Scope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { RESIDENT } from "../residents/resident.commands.ts";
import { findResident } from "../residents/resident.repository.ts";
import { notFound } from "../shared/errors.ts";
import { featuresOfResident } from "./build-stores.ts";
import { type Bundle, buildBundles } from "./domain/recommendations/build-bundles.ts";
import {
  explainRecommendations,
  type RecommendOptions,
  recommendWorkItems,
} from "./domain/recommendations/recommend-work-items.ts";
import type { MatchScore } from "./domain/scoring/score-match.ts";
import { careerMonthsByResident, matchingIndexFor } from "./matching-index.ts";
import { findWorkItemsByIds, loadCareerParticipations } from "./recommendation.repository.ts";
import { programVerdictsFor } from "./resident-eligibility.ts";
import { seoulDay } from "./seoul-day.ts";

type WorkItemRowOf = Awaited<ReturnType<typeof findWorkItemsByIds>>[number];

export interface RecommendedItem {
  score: number;
  row: WorkItemRowOf;
  explanation: MatchScore;
}

/** Candidates kept for bundles: the small items are picked from the best this many. */
const BUNDLE_POOL = 200;

async function prepare(db: Db, residentId: string, scope: Scope, now: Date) {
  const found = await findResident(db, residentId, scope);
  if (!found) throw notFound(RESIDENT, residentId);
  const { date, year } = seoulDay(now);
  const { weights } = matchingIndexFor(db);
  const [careers, verdicts, index] = await Promise.all([
    loadCareerParticipations(db, residentId).then((rows) => careerMonthsByResident(rows, date)),
    programVerdictsFor(db, found.resident, date, weights),
    matchingIndexFor(db).workItems(db),
  ]);
  const features = featuresOfResident(found.resident, careers.get(residentId));
  // The eligibility hook: the verdict for the item's program (ineligible items are left out).
  const eligibilityFor = (i: number) => verdicts[index.store.program[i]!];
  return { found, features, index, year, weights, eligibilityFor };
}

async function rowsById(db: Db, ids: string[]): Promise<Map<string, WorkItemRowOf>> {
  return new Map((await findWorkItemsByIds(db, ids)).map((row) => [row.item.id, row]));
}

export async function recommendForResident(
  db: Db,
  residentId: string,
  limit: number,
  scope: Scope,
  actor: AuditActor,
  now: Date,
): Promise<{ items: RecommendedItem[]; considered: number }> {
  const { found, features, index, year, weights, eligibilityFor } = await prepare(db, residentId, scope, now);
  const options: RecommendOptions = {
    weights,
    year,
    limit,
    ledger: index.ledger,
    nowMs: now.getTime(),
    eligibilityFor,
  };
  const ranked = recommendWorkItems(index.store, features, Number(found.resident.regionCode), options);
  const explained = explainRecommendations(index.store, features, ranked.indices, {
    ...options,
    localExposurePerPlace: ranked.localExposurePerPlace,
  });
  index.ledger.recordShown(residentId, ranked.indices, now.getTime());
  const ids = [...ranked.indices].map((i) => index.store.ids[i]!);
  const rows = await rowsById(db, ids);
  // An item closed since the index was read is left out rather than shown.
  const items = ids.flatMap((id, k) => {
    const row = rows.get(id);
    return row && row.item.status === "open"
      ? [{ score: ranked.totals[k]!, row, explanation: explained[k]! }]
      : [];
  });
  await recordAudit(db, actor, {
    action: "read",
    subjectType: "resident",
    subjectId: residentId,
    regionCode: found.resident.regionCode,
    at: now,
    details: {
      view: "recommendations",
      count: items.length,
      ...(scope.kind === "resident" ? { own: true } : {}),
    },
  });
  return { items, considered: ranked.considered };
}

export interface PresentableBundle {
  bundle: Bundle;
  rows: WorkItemRowOf[];
}

export async function bundlesForResident(
  db: Db,
  residentId: string,
  limit: number,
  scope: Scope,
  actor: AuditActor,
  now: Date,
): Promise<PresentableBundle[]> {
  const { found, features, index, year, weights, eligibilityFor } = await prepare(db, residentId, scope, now);
  const options: RecommendOptions = {
    weights,
    year,
    limit: BUNDLE_POOL,
    ledger: index.ledger,
    nowMs: now.getTime(),
    eligibilityFor,
  };
  const pool = recommendWorkItems(index.store, features, Number(found.resident.regionCode), options);
  const bundles = buildBundles(index.store, features, pool, options, {
    limit,
    maxItems: 3,
    poolSize: 24,
    travelKmh: 15,
    maxBundlesPerItem: 2,
  });
  const rows = await rowsById(
    db,
    bundles.flatMap((b) => b.indices.map((i) => index.store.ids[i]!)),
  );
  const result = bundles.flatMap((bundle) => {
    const bundleRows = bundle.indices.map((i) => rows.get(index.store.ids[i]!));
    return bundleRows.every((r) => r?.item.status === "open")
      ? [{ bundle, rows: bundleRows as WorkItemRowOf[] }]
      : [];
  });
  await recordAudit(db, actor, {
    action: "read",
    subjectType: "resident",
    subjectId: residentId,
    regionCode: found.resident.regionCode,
    at: now,
    details: { view: "bundles", count: result.length, ...(scope.kind === "resident" ? { own: true } : {}) },
  });
  return result;
}
