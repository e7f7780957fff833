import { z } from "zod";
import { storedText, ZRegionCode } from "../shared/common.schema.ts";
import { ZResident } from "./resident.schema.ts";

/** GET /api/residents/lookup: who is the person at the counter (a name, and what narrows it down). */
export const ZResidentLookupQuery = z.object({
  name: storedText(1, 50).meta({ description: "The name as the person gives it", example: "홍길동" }),
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, { message: "four_digits" })
    .optional()
    .meta({ description: "The last four digits of their phone", example: "5678" }),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional().meta({ example: 1958 }),
  region: ZRegionCode.optional().meta({ description: "A 시군구 or 시도 code (e.g. the cohort's district)" }),
});
export type TResidentLookupQuery = z.infer<typeof ZResidentLookupQuery>;

export const ZResidentLookupResult = z
  .object({
    /** Masked, as everywhere: the officer confirms the person by the masked phone and birth year. */
    items: z.array(ZResident),
    /** More matched than are shown: ask for the phone's last digits or the birth year. */
    more: z.boolean(),
  })
  .meta({ id: "ResidentLookupResult" });
