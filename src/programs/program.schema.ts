import { z } from "zod";

export const ZProgram = z
  .object({
    code: z.string().meta({ example: "public_works" }),
    nameKo: z.string().meta({ example: "공공근로" }),
    nameEn: z.string().meta({ example: "Public works" }),
    ministryKo: z.string(),
    ministryEn: z.string(),
    summaryKo: z.string(),
    summaryEn: z.string(),
    rulesStatus: z.enum(["placeholder", "loaded"]).meta({
      description: "placeholder until the year's eligibility rules are loaded as data",
    }),
  })
  .meta({ id: "Program" });
export type TProgram = z.infer<typeof ZProgram>;
