import { z } from "zod";

/** GET /api/regions/map/sigungu: which 시도 (all of Korea without one). */
export const ZRegionMapQuery = z.object({
  sido: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .meta({ description: "Only the 시군구 of this 시도 (2 digits), drawn with more detail", example: "11" }),
});

/** The answer's shape, for the OpenAPI document; the web app types it with topojson-specification. */
export const ZSigunguTopology = z
  .looseObject({
    type: z.literal("Topology"),
    transform: z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
    objects: z.object({
      sigungu: z.looseObject({
        type: z.literal("GeometryCollection"),
        geometries: z.array(
          z.looseObject({
            type: z.string(),
            properties: z.object({ code: z.string(), nameKo: z.string(), nameEn: z.string() }),
          }),
        ),
      }),
    }),
    arcs: z.array(z.array(z.tuple([z.number(), z.number()]))),
  })
  .meta({
    id: "SigunguTopology",
    description:
      "TopoJSON (quantized, delta-encoded arcs) of the 시군구 boundaries, object `sigungu`, properties code, nameKo, nameEn",
  });
