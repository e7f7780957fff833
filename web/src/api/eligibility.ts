import { useMutation } from "@tanstack/react-query";
import type {
  TEligibilityAnswer,
  TEligibilityProfile,
  TEligibilityResult,
} from "../../../src/programs/eligibility.schema.ts";
import { postJson } from "./http.ts";

export type { TEligibilityAnswer, TEligibilityProfile, TEligibilityResult };
export type TEligibilityReason = TEligibilityResult["reasons"][number];
export type TScoreComponent = NonNullable<TEligibilityResult["scoreComponents"]>[number];

/**
 * POST /api/eligibility: every program's verdict for a profile. A mutation, not a query: the
 * answers are sent once when the person asks, and nothing is cached under a key or stored.
 */
export function useEligibilityCheck() {
  return useMutation({
    mutationKey: ["eligibility", "check"],
    mutationFn: (profile: TEligibilityProfile) => postJson<TEligibilityAnswer>("/eligibility", profile),
    gcTime: 0,
  });
}
