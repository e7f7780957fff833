/**
 * The API shapes of recommendations (work items for a resident, and bundles of small ones) and
 * of ranked candidates (residents for a work item), each with its explanation: every component's
 * points, weight and reason in Korean and English. The web app imports these types.
 */
import { z } from "zod";
import { ZId } from "../shared/common.schema.ts";
import { ZWorkItem } from "../work-items/work-item.schema.ts";
import { MATCH_COMPONENT_KEYS } from "./domain/scoring/match-vocabulary.ts";

export const ZRecommendationQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ description: "How many (1–100, default 20)" }),
});
export const ZCandidateQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .meta({ description: "How many (1–200, default 50)" }),
});
export const ZBundleQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(5)
    .meta({ description: "How many (1–20, default 5)" }),
});

export const ZScoreComponent = z
  .object({
    key: z.enum(MATCH_COMPONENT_KEYS),
    points: z.number().meta({ description: "weight × fit, what this part adds (negative for congestion)" }),
    weight: z.number().meta({ description: "The program's weight: the most this part can add" }),
    fit: z.number().meta({ description: "0–1 (congestion: 0 to −1)" }),
    messageKo: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: "ScoreComponent" });

export const ZMatchExplanation = z
  .object({
    total: z.number(),
    summaryKo: z
      .string()
      .meta({ example: "집에서 1.2km · 화/목 오전 가능 시간과 100% 겹침 · 요양보호사 자격 보유" }),
    summaryEn: z.string(),
    components: z.array(ZScoreComponent),
  })
  .meta({ id: "MatchExplanation" });
export type TMatchExplanation = z.infer<typeof ZMatchExplanation>;

export const ZRecommendation = z
  .object({
    rank: z.number().int(),
    score: z.number(),
    workItem: ZWorkItem,
    explanation: ZMatchExplanation,
  })
  .meta({ id: "Recommendation" });
export type TRecommendation = z.infer<typeof ZRecommendation>;

export const ZRecommendationList = z
  .object({
    residentId: ZId,
    generatedAt: z.string(),
    /** How many open work items the index gave as candidates before scoring. */
    considered: z.number().int(),
    items: z.array(ZRecommendation),
  })
  .meta({ id: "RecommendationList" });
export type TRecommendationList = z.infer<typeof ZRecommendationList>;

export const ZBundle = z
  .object({
    rank: z.number().int(),
    score: z.number(),
    totalHours: z.number(),
    targetHours: z.number(),
    farthestKm: z.number().nullable(),
    sameDayTripKm: z.number().nullable(),
    messageKo: z.string().meta({
      example: "일감 3개로 주 22시간 (희망 주 24시간) · 시간 겹침 없음 · 가장 먼 일터 집에서 1.5km",
    }),
    messageEn: z.string(),
    items: z.array(z.object({ workItem: ZWorkItem, explanation: ZMatchExplanation })),
  })
  .meta({ id: "Bundle" });
export type TBundle = z.infer<typeof ZBundle>;

export const ZBundleList = z
  .object({ residentId: ZId, generatedAt: z.string(), items: z.array(ZBundle) })
  .meta({ id: "BundleList" });
export type TBundleList = z.infer<typeof ZBundleList>;

export const ZCandidate = z
  .object({
    rank: z.number().int(),
    score: z.number(),
    resident: z.object({
      id: ZId,
      regionCode: z.string(),
      regionNameKo: z.string(),
      regionNameEn: z.string(),
      birthYear: z.number().int(),
      synthetic: z.boolean(),
      name: z.string().meta({ description: "Masked (홍*동)" }),
      masked: z.literal(true),
    }),
    explanation: ZMatchExplanation,
  })
  .meta({ id: "Candidate" });
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZCandidateList = z
  .object({
    workItemId: ZId,
    generatedAt: z.string(),
    considered: z.number().int(),
    items: z.array(ZCandidate),
  })
  .meta({ id: "CandidateList" });
export type TCandidateList = z.infer<typeof ZCandidateList>;
