/**
 * Ranked candidates for a work item, as a use-case: the item must lie inside the caller's reach
 * (the posting institution, officers of its region; 403 otherwise, since work items are public
 * and their existence no secret), residents are drawn from the resident index and, for an
 * officer, only from the officer's own region. The page of candidates is logged like a page of
 * the resident list: one `list` entry with the ids shown. Institution staff do not see which
 * priority group (disability, low income) a candidate belongs to.
 */
import { type Scope, withinScope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { forbidden, notFound } from "../shared/errors.ts";
import { WORK_ITEM } from "../work-items/work-item.commands.ts";
import { findWorkItem } from "../work-items/work-item.repository.ts";
import { featuresOfWorkItem } from "./build-stores.ts";
import { explainCandidates, rankCandidates } from "./domain/recommendations/rank-candidates.ts";
import type { MatchScore } from "./domain/scoring/score-match.ts";
import { matchingIndexFor } from "./matching-index.ts";
import { findCandidateResidents } from "./recommendation.repository.ts";
import { candidateVerdicts } from "./resident-eligibility.ts";
import { seoulDay } from "./seoul-day.ts";

type CandidateRow = Awaited<ReturnType<typeof findCandidateResidents>>[number];

export interface RankedCandidate {
  score: number;
  row: CandidateRow;
  explanation: MatchScore;
}

export async function candidatesForWorkItem(
  db: Db,
  workItemId: string,
  limit: number,
  scope: Scope,
  actor: AuditActor,
  now: Date,
): Promise<{ items: RankedCandidate[]; considered: number }> {
  const found = await findWorkItem(db, workItemId);
  if (!found) throw notFound(WORK_ITEM, workItemId);
  const { item } = found;
  if (!withinScope(scope, { organizationId: item.organizationId, regionCode: item.regionCode }))
    throw forbidden();

  const { date, year } = seoulDay(now);
  const matching = matchingIndexFor(db);
  const [{ store }, verdictOf] = await Promise.all([
    matching.residentsIndex(db, date),
    candidateVerdicts(db, item.programCode, item.regionCode, date),
  ]);
  const features = featuresOfWorkItem(item);
  const options = {
    weights: matching.weights.weightsFor(item.programCode),
    year,
    limit,
    ...(verdictOf
      ? {
          eligibilityFor: (i: number) => verdictOf(store.birthYear[i]!, store.region[i]!, store.groups[i]!),
        }
      : {}),
    ...(scope.kind === "region"
      ? { include: (i: number) => String(store.region[i]).startsWith(scope.regionCode) }
      : {}),
  };
  const ranked = rankCandidates(store, features, Number(item.regionCode), options);
  const explained = explainCandidates(store, features, ranked.indices, options, {
    hideGroups: scope.kind === "organization",
    audience: "staff",
  });
  const ids = [...ranked.indices].map((i) => store.ids[i]!);
  const rows = new Map((await findCandidateResidents(db, ids)).map((row) => [row.id, row]));
  const items = ids.flatMap((id, k) => {
    const row = rows.get(id);
    return row ? [{ score: ranked.totals[k]!, row, explanation: explained[k]! }] : [];
  });
  await recordAudit(db, actor, {
    action: "list",
    subjectType: "resident",
    subjectId: null,
    regionCode: item.regionCode,
    at: now,
    details: {
      view: "candidates",
      workItemId,
      count: items.length,
      residentIds: items.map((c) => c.row.id),
    },
  });
  return { items, considered: ranked.considered };
}
