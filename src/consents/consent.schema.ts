import { z } from "zod";
import { CONSENT_METHODS, CONSENT_PURPOSES } from "./domain/consent-purposes.ts";

/** The API contract of consent records (shared with the web app). */

export const ZConsentPurpose = z.enum(CONSENT_PURPOSES);

export const ZConsentDecision = z
  .object({
    purpose: ZConsentPurpose,
    granted: z.boolean().meta({ description: "true: agree; false: withdraw (not possible for `service`)" }),
  })
  .strict()
  .meta({ id: "ConsentDecision" });
export type TConsentDecision = z.infer<typeof ZConsentDecision>;

export const ZPrivacyNotice = z
  .object({
    version: z.string().meta({ example: "1.0" }),
    effectiveDate: z.iso.date().meta({ description: "The day this version took effect (Asia/Seoul)" }),
  })
  .meta({ id: "PrivacyNotice" });

const ZConsentRecord = z.object({
  purpose: ZConsentPurpose,
  granted: z.boolean(),
  noticeVersion: z.string(),
  noticeEffectiveDate: z.iso.date(),
  method: z.enum(CONSENT_METHODS),
  recordedAt: z.iso.datetime(),
});

export const ZConsentState = z
  .object({
    notice: ZPrivacyNotice.meta({ description: "The privacy notice in force now" }),
    purposes: z.array(
      z.object({
        purpose: ZConsentPurpose,
        required: z.boolean().meta({ description: "Required: withdrawn only by deleting the account" }),
        granted: z.boolean().meta({ description: "The latest decision; false when never recorded" }),
        latest: ZConsentRecord.nullable().meta({ description: "The row that decides; null if never asked" }),
        underCurrentNotice: z
          .boolean()
          .meta({ description: "Whether the latest decision was made under the notice in force" }),
      }),
    ),
    history: z.array(ZConsentRecord).meta({ description: "Every decision, newest first" }),
  })
  .meta({ id: "ConsentState" });
export type TConsentState = z.infer<typeof ZConsentState>;
