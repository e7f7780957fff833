import { z } from "zod";
import { ZRegionCode } from "../shared/common.schema.ts";

export const ZRegionLevel = z.enum(["sido", "sigungu"]);

export const ZRegionSummary = z
  .object({
    code: z.string().meta({ example: "11620" }),
    level: ZRegionLevel,
    parentCode: z.string().nullable(),
    nameKo: z.string().meta({ example: "관악구" }),
    nameEn: z.string().meta({ example: "Gwanak-gu" }),
    fullNameKo: z.string().meta({ example: "서울특별시 관악구" }),
    fullNameEn: z.string().meta({ example: "Gwanak-gu, Seoul" }),
    cityNameKo: z.string().nullable(),
    centroid: z.object({ lat: z.number(), lng: z.number() }),
    population: z.number().int(),
    populationPeriod: z.string(),
  })
  .meta({ id: "RegionSummary" });
export type TRegionSummary = z.infer<typeof ZRegionSummary>;

const ZFigure = z.number().nullable();

export const ZRegionDetail = ZRegionSummary.extend({
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  boundaryVersion: z.string(),
  demographics: z.object({
    population: z.number().int(),
    populationPeriod: z.string(),
    populationByAge: z.array(z.number().int()).meta({ description: "Index = age; 100 = 100 and over" }),
    children0to17: z.number().int(),
    youth19to34: z.number().int(),
    newMiddleAge50to64: z.number().int(),
    seniors65plus: z.number().int(),
    seniors75plus: z.number().int(),
    seniorSharePercent: ZFigure,
    households: ZFigure,
    householdsPeriod: z.string().nullable(),
    singlePersonHouseholds: ZFigure,
    singlePersonHouseholds65plus: ZFigure,
    singlePersonHouseholdsPeriod: z.string().nullable(),
    disabledRegistered: ZFigure,
    disabledSevere: ZFigure,
    disabledPeriod: z.string().nullable(),
    employmentRate: ZFigure.meta({ description: "고용률 (%) of the population aged 15+" }),
    employmentRate15to64: ZFigure,
    unemploymentRate: ZFigure,
    employmentScope: z.enum(["sigungu", "city", "sido"]).nullable().meta({
      description: "city: the figure is the parent city's (the survey does not split 일반구)",
    }),
    employmentPeriod: z.string().nullable(),
  }),
  seniorJobs2022: z
    .object({
      projects: z.number().int(),
      targetJobs: z.number().int(),
      cityWide: z.object({ projects: z.number().int(), targetJobs: z.number().int() }).nullable().meta({
        description: "City-wide projects of the parent city of an 일반구, not split between its 구",
      }),
    })
    .meta({ description: "Real 2022 노인일자리 projects in this region (한국노인인력개발원)" }),
  children: z.array(ZRegionSummary).meta({ description: "The 시군구 of a 시도; empty for a 시군구" }),
}).meta({ id: "RegionDetail" });
export type TRegionDetail = z.infer<typeof ZRegionDetail>;

export const ZRegionListQuery = z.object({
  level: ZRegionLevel.optional(),
  parent: ZRegionCode.optional().meta({ description: "Only the 시군구 of this 시도" }),
});

export const ZRegionCodeParam = z.object({ code: ZRegionCode });
