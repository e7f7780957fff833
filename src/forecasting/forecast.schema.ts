import { z } from "zod";
import { ZSigunguCode } from "../shared/common.schema.ts";
import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import { DEMAND_SOURCES } from "./domain/demand-vocabulary.ts";

/** The forecast API's shapes; the web app infers its types from these. */

export const ZForecastMethod = z.enum(["combination", "cold_start", "none"]).meta({
  description:
    "combination: ETS + ARIMA + Theta on the district's own history (≥ 24 months); cold_start: from the district's demographics, learnt across districts; none: neither was possible",
});

const ZMonth = z.string().meta({ example: "2026-03", description: "YYYY-MM" });

export const ZForecastPoint = z.object({
  period: ZMonth,
  mean: z.number(),
  lo80: z.number(),
  hi80: z.number(),
  lo95: z.number(),
  hi95: z.number(),
});

export const ZCategoryForecast = z
  .object({
    category: z.enum(WORK_CATEGORIES),
    method: ZForecastMethod,
    source: z.enum(DEMAND_SOURCES).nullable(),
    synthetic: z.boolean().meta({ description: "The history is generated demo data, not observed" }),
    observedMonths: z.number().int(),
    history: z.array(z.object({ period: ZMonth, hours: z.number().nullable() })),
    forecast: z.array(ZForecastPoint),
    notes: z.array(z.string()),
  })
  .meta({ id: "CategoryForecast" });

export const ZRegionForecast = z
  .object({
    regionCode: z.string(),
    nameKo: z.string(),
    nameEn: z.string(),
    fullNameKo: z.string(),
    fullNameEn: z.string(),
    population: z.number().int(),
    horizon: z.number().int(),
    asOf: ZMonth.meta({ description: "The last month of history; forecasts start the month after" }),
    categories: z.array(ZCategoryForecast),
  })
  .meta({ id: "RegionForecast" });
export type TRegionForecast = z.infer<typeof ZRegionForecast>;

const ZMethodCounts = z.object({
  combination: z.number().int(),
  cold_start: z.number().int(),
  none: z.number().int(),
});

const ZCategoryGap = z.object({
  category: z.enum(WORK_CATEGORIES),
  forecastHours: z.number(),
  coveredHours: z.number(),
  gapHours: z.number(),
  method: ZForecastMethod,
});

export const ZRegionGap = z
  .object({
    code: z.string(),
    nameKo: z.string(),
    nameEn: z.string(),
    population: z.number().int(),
    forecastHours: z.number().meta({ description: "Hours of work forecast over the window" }),
    coveredHours: z.number().meta({ description: "Hours of open or filled work items in the window" }),
    gapHours: z.number().meta({ description: "forecastHours − coveredHours (negative: more covered)" }),
    gapPerThousand: z.number().meta({ description: "gapHours per 1,000 residents" }),
    methods: ZMethodCounts,
    synthetic: z.boolean(),
    categories: z.array(ZCategoryGap),
  })
  .meta({ id: "RegionForecastGap" });

export const ZReconciliation = z.enum(["bottom_up", "wls_structural"]).meta({
  description:
    "bottom_up: each 시군구 keeps its own forecast, parents are sums; wls_structural: 시도 and national series are forecast too and all levels projected onto a coherent set (weights = 시군구 under each node)",
});

const ZWindow = z.object({ from: z.string(), to: z.string() });

export const ZForecastSummary = z
  .object({
    level: z.enum(["sigungu", "sido"]),
    sido: z.string().nullable(),
    horizon: z.number().int(),
    asOf: ZMonth,
    window: ZWindow,
    regions: z.array(ZRegionGap),
    total: z.object({
      population: z.number().int(),
      forecastHours: z.number(),
      coveredHours: z.number(),
      gapHours: z.number(),
      gapPerThousand: z.number(),
      synthetic: z.boolean(),
    }),
    reconciliation: ZReconciliation,
    complete: z.boolean().meta({
      description:
        "False while the background job is still computing some 시군구 (after a start or a data change): regions and total then cover only the progress.ready districts; ask again shortly",
    }),
    progress: z
      .object({
        ready: z.number().int().meta({ description: "시군구 in scope whose forecasts are stored" }),
        total: z.number().int().meta({ description: "시군구 in scope" }),
      })
      .meta({ description: "For a notice such as 예측 계산 중 (120/250)" }),
  })
  .meta({ id: "ForecastSummary" });
export type TForecastSummary = z.infer<typeof ZForecastSummary>;

export const ZRegionComparison = z
  .object({
    horizon: z.number().int(),
    asOf: ZMonth,
    window: ZWindow,
    regions: z.array(
      ZRegionGap.extend({
        lastYearHours: z.number(),
        growth: z
          .number()
          .nullable()
          .meta({ description: "Next 12 months forecast ÷ last 12 months recorded" }),
      }),
    ),
  })
  .meta({ id: "RegionForecastComparison" });
export type TRegionComparison = z.infer<typeof ZRegionComparison>;

export const ZHorizon = z.coerce
  .number()
  .int()
  .min(1)
  .max(24)
  .default(12)
  .meta({ description: "Months to forecast (1–24)" });

export const ZRegionForecastQuery = z.object({ horizon: ZHorizon });
export const ZRegionForecastParam = z.object({ code: ZSigunguCode });

export const ZForecastSummaryQuery = z.object({
  level: z.enum(["sigungu", "sido"]).default("sigungu"),
  sido: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .meta({ description: "Only the 시군구 of this 시도 (2 digits)", example: "11" }),
  horizon: ZHorizon,
  reconciliation: ZReconciliation.default("bottom_up"),
});

export const ZForecastCompareQuery = z.object({
  regions: z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(ZSigunguCode).min(1).max(20))
    .meta({ description: "Comma-separated 5-digit 시군구 codes (1–20)", example: "11620,41115,47730" }),
  horizon: ZHorizon,
});
