/**
 * The entry point for callers that hold plain rows (allocation, reports): encode both sides and
 * score them. For many pairs, encode each side once with residentFeatures / workItemFeatures and
 * call scoreMatch (explained) or matchTotal (fast) directly.
 */
import {
  type ResidentForMatching,
  residentFeatures,
  type WorkItemForMatching,
  workItemFeatures,
} from "./match-features.ts";
import type { MatchContext } from "./match-measures.ts";
import type { MatchWeights } from "./match-weights.ts";
import { type ExplainOptions, type MatchScore, scoreMatch } from "./score-match.ts";

export function scorePair(
  resident: ResidentForMatching,
  item: WorkItemForMatching,
  weights: MatchWeights,
  context: MatchContext,
  options: ExplainOptions = {},
): MatchScore {
  return scoreMatch(residentFeatures(resident), workItemFeatures(item), weights, context, options);
}
