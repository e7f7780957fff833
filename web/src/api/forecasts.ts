import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { GeometryCollection, Topology } from "topojson-specification";
import type {
  TForecastSummary,
  TRegionComparison,
  TRegionForecast,
} from "../../../src/forecasting/forecast.schema.ts";
import type { BoundaryProperties } from "../../../src/regions/domain/boundary-topology.ts";
import { getJson } from "./http.ts";

/**
 * The forecast pages' reads: src/forecasting/forecast.routes.ts (history and forecast per
 * category, the gap per region, the pilot districts side by side) and the 시군구 map of
 * src/regions/region-map.routes.ts. All public aggregates.
 */
export type { TForecastSummary, TRegionComparison, TRegionForecast };
export type TCategoryForecast = TRegionForecast["categories"][number];
export type TForecastPoint = TCategoryForecast["forecast"][number];
export type TRegionGap = TForecastSummary["regions"][number];
export type TComparedRegion = TRegionComparison["regions"][number];
export type SigunguTopology = Topology<{ sigungu: GeometryCollection<BoundaryProperties> }>;

/** Forecasts change when the month does or the data is imported: minutes are fine. */
const FORECAST_STALE = 10 * 60 * 1000;
/** Boundaries change once a year; the server also answers 304 by ETag. */
const MAP_STALE = 24 * 60 * 60 * 1000;

/** GET /api/forecasts/regions/{code}?horizon= */
export function useRegionForecast(code: string | undefined, horizon: number) {
  return useQuery({
    queryKey: ["forecast", code, horizon],
    queryFn: ({ signal }) => getJson<TRegionForecast>(`/forecasts/regions/${code}`, { horizon }, signal),
    enabled: Boolean(code && /^\d{5}$/.test(code)),
    staleTime: FORECAST_STALE,
    placeholderData: keepPreviousData,
  });
}

/** GET /api/forecasts/summary?level=sigungu&sido=: the gap of every 시군구 (of one 시도). */
export function useForecastSummary(sido: string | undefined, horizon = 12) {
  return useQuery({
    queryKey: ["forecast-summary", sido ?? null, horizon],
    queryFn: ({ signal }) =>
      getJson<TForecastSummary>("/forecasts/summary", { level: "sigungu", sido, horizon }, signal),
    staleTime: FORECAST_STALE,
    // Right after a start or a data change the server is still computing some districts and says
    // so (complete: false): ask again every few seconds until the map is whole.
    refetchInterval: (query) => (query.state.data && query.state.data.complete === false ? 3000 : false),
  });
}

/** GET /api/forecasts/compare?regions=a,b,c */
export function useForecastComparison(codes: readonly string[], horizon = 12) {
  return useQuery({
    queryKey: ["forecast-compare", codes.join(","), horizon],
    queryFn: ({ signal }) =>
      getJson<TRegionComparison>("/forecasts/compare", { regions: codes.join(","), horizon }, signal),
    enabled: codes.length > 0,
    staleTime: FORECAST_STALE,
  });
}

/** GET /api/regions/map/sigungu?sido=: TopoJSON of the 시군구 (all of Korea without a 시도). */
export function useSigunguMap(sido: string | undefined) {
  return useQuery({
    queryKey: ["sigungu-map", sido ?? null],
    queryFn: ({ signal }) => getJson<SigunguTopology>("/regions/map/sigungu", { sido }, signal),
    staleTime: MAP_STALE,
  });
}
