import { useQuery } from "@tanstack/react-query";
import type { TRegionDetail, TRegionSummary } from "../../../src/regions/region.schema.ts";
import { getJson } from "./http.ts";

export type { TRegionDetail, TRegionSummary };

export interface BoundaryCollection {
  type: "FeatureCollection";
  features: {
    type: "Feature";
    properties: { code: string; nameKo: string; nameEn: string };
    geometry:
      | { type: "Polygon"; coordinates: number[][][] }
      | { type: "MultiPolygon"; coordinates: number[][][][] };
  }[];
}

const REGIONS_STALE = 60 * 60 * 1000;

/** 시도 (no parent) or the 시군구 of one 시도, or every 시군구 (level sigungu, no parent). */
export function useRegions(level: "sido" | "sigungu", parent?: string) {
  const enabled = level === "sido" || parent === undefined || /^\d{2}$/.test(parent);
  return useQuery({
    queryKey: ["regions", level, parent ?? null],
    queryFn: ({ signal }) => getJson<{ items: TRegionSummary[] }>("/regions", { level, parent }, signal),
    select: (data) => data.items,
    staleTime: REGIONS_STALE,
    enabled,
  });
}

export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: ["region", code],
    queryFn: ({ signal }) => getJson<TRegionDetail>(`/regions/${code}`, {}, signal),
    enabled: Boolean(code),
    staleTime: REGIONS_STALE,
  });
}

export function useRegionBoundary(code: string | undefined) {
  return useQuery({
    queryKey: ["region-boundary", code],
    queryFn: ({ signal }) => getJson<BoundaryCollection>(`/regions/${code}/boundary`, {}, signal),
    enabled: Boolean(code),
    staleTime: REGIONS_STALE,
  });
}
