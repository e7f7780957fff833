import { z } from "zod";
import { storedText } from "../shared/common.schema.ts";
import { UNMASK_REASON_MAX_LENGTH, UNMASK_REASON_MIN_LENGTH } from "./domain/unmask-reason.ts";

export const ZUnmaskRequest = z
  .object({
    reason: storedText(UNMASK_REASON_MIN_LENGTH, UNMASK_REASON_MAX_LENGTH).meta({
      description: "Why the officer needs the personal fields; kept in the audit log",
      example: "참여자 본인 확인 전화 (participant identity check by phone)",
    }),
  })
  .strict()
  .meta({ id: "UnmaskRequest" });
export type TUnmaskRequest = z.infer<typeof ZUnmaskRequest>;

export const ZUnmaskedPersonalData = z
  .object({
    residentId: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    masked: z.literal(false),
  })
  .meta({ id: "UnmaskedPersonalData" });
export type TUnmaskedPersonalData = z.infer<typeof ZUnmaskedPersonalData>;
