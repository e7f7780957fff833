import { z } from "zod";
import { KEPT_AFTER_DELETION } from "../consents/domain/retention.ts";

/** The API contract of deleting one's own account (shared with the web app). */

export const ZAccountDeletionRequest = z
  .object({
    password: z.string().min(1).max(256).meta({ description: "The current password, as confirmation" }),
  })
  .strict()
  .meta({ id: "AccountDeletionRequest" });

export const ZAccountDeletionReceipt = z
  .object({
    deletedAt: z.iso.datetime(),
    residentErased: z.boolean().meta({ description: "A resident registration was erased and closed" }),
    personalFieldsErased: z.array(z.string()).meta({ description: "Which personal fields held a value" }),
    sessionsEnded: z.number().int(),
    consentsWithdrawn: z.array(z.string()),
    kept: z
      .array(
        z.object({
          kept: z.enum(KEPT_AFTER_DELETION),
          years: z.number().int(),
          basisKo: z.string(),
          basisEn: z.string(),
        }),
      )
      .meta({ description: "What the law requires to keep, without name or contact, and for how long" }),
  })
  .meta({ id: "AccountDeletionReceipt" });
export type TAccountDeletionReceipt = z.infer<typeof ZAccountDeletionReceipt>;
