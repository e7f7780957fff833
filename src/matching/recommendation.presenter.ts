/**
 * Rankings → API objects: scores rounded for reading (the ranking used the exact figures),
 * work items as the public work-item object, candidates masked (홍*동) as the resident list
 * shows them; nothing else about a candidate leaves the server.
 */
import { maskName } from "../residents/domain/mask-personal-data.ts";
import { openPersonal } from "../residents/resident.rows.ts";
import { presentWorkItem } from "../work-items/work-item.presenter.ts";
import type { RankedCandidate } from "./candidates-for-work-item.ts";
import type { MatchScore } from "./domain/scoring/score-match.ts";
import type { PresentableBundle, RecommendedItem } from "./recommend-for-resident.ts";
import type { TBundle, TCandidate, TMatchExplanation, TRecommendation } from "./recommendation.schema.ts";

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function presentExplanation(score: MatchScore): TMatchExplanation {
  return {
    total: round(score.total, 2),
    summaryKo: score.summaryKo,
    summaryEn: score.summaryEn,
    components: score.components.map((c) => ({
      key: c.key,
      points: round(c.points, 2),
      weight: c.weight,
      fit: round(c.fit, 3),
      messageKo: c.messageKo,
      messageEn: c.messageEn,
    })),
  };
}

export function presentRecommendation(item: RecommendedItem, k: number): TRecommendation {
  return {
    rank: k + 1,
    score: round(item.score, 2),
    workItem: presentWorkItem(item.row),
    explanation: presentExplanation(item.explanation),
  };
}

export function presentBundle({ bundle, rows }: PresentableBundle, k: number): TBundle {
  return {
    rank: k + 1,
    score: round(bundle.score, 2),
    totalHours: bundle.totalHours,
    targetHours: bundle.targetHours,
    farthestKm: bundle.farthestKm === null ? null : round(bundle.farthestKm, 2),
    sameDayTripKm: bundle.sameDayTripKm === null ? null : round(bundle.sameDayTripKm, 2),
    messageKo: bundle.messageKo,
    messageEn: bundle.messageEn,
    items: rows.map((row, i) => ({
      workItem: presentWorkItem(row),
      explanation: presentExplanation(bundle.items[i]!),
    })),
  };
}

export function presentCandidate(candidate: RankedCandidate, k: number): TCandidate {
  const { row } = candidate;
  const personal = openPersonal(row.id, {
    nameEnc: row.nameEnc,
    phoneEnc: null,
    addressEnc: null,
    notesEnc: null,
  });
  return {
    rank: k + 1,
    score: round(candidate.score, 2),
    resident: {
      id: row.id,
      regionCode: row.regionCode,
      regionNameKo: row.regionNameKo,
      regionNameEn: row.regionNameEn,
      birthYear: row.birthYear,
      synthetic: row.synthetic,
      name: maskName(personal.name),
      masked: true,
    },
    explanation: presentExplanation(candidate.explanation),
  };
}
