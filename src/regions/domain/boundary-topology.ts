import area from "@turf/area";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";

/**
 * The 시군구 boundaries as a small TopoJSON for the web app's map: neighbours share their border
 * arcs, so simplifying an arc moves both sides together and no gaps or overlaps open between
 * districts (simplifying each GeoJSON polygon apart would); coordinates are quantized and delta
 * encoded, which is what makes the whole country fit in about a tenth of the stored GeoJSON.
 *
 * Detail is chosen for the scale it is drawn at: a budget of points (the least important, by
 * Visvalingam's effective area, go first) and a smallest island. The country keeps about 4,500 of
 * its 57,000 points and drops islets under 1 km²; one 시도 keeps up to 6,000 (all of Seoul's 900)
 * and islands from 0.05 km². A district always keeps its largest polygon, so every 시군구 stays on
 * the map however small.
 */
export interface BoundaryInput {
  code: string;
  nameKo: string;
  nameEn: string;
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryProperties {
  code: string;
  nameKo: string;
  nameEn: string;
}

export type BoundaryTopology = Topology<{ sigungu: GeometryCollection<BoundaryProperties> }>;

export interface TopologyDetail {
  /** Points to keep at most (arc ends are always kept). */
  maxPoints: number;
  /** Islands smaller than this are dropped (never a district's largest polygon). */
  minIslandKm2: number;
  /** Grid of the quantized coordinates, per axis. */
  quantization: number;
}

export const COUNTRY_DETAIL: TopologyDetail = { maxPoints: 4_500, minIslandKm2: 1, quantization: 10_000 };
export const SIDO_DETAIL: TopologyDetail = { maxPoints: 6_000, minIslandKm2: 0.05, quantization: 10_000 };

const polygonArea = (coordinates: Polygon["coordinates"]) =>
  area({ type: "Polygon", coordinates } satisfies Polygon) / 1_000_000;

/** The polygons of a district worth drawing at this scale: its largest, and islands not too small. */
export function withoutIslets(geometry: Polygon | MultiPolygon, minKm2: number): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") return geometry;
  const sized = geometry.coordinates.map((p) => ({ p, km2: polygonArea(p) }));
  const largest = sized.reduce((a, b) => (b.km2 > a.km2 ? b : a));
  const kept = sized.filter((s) => s === largest || s.km2 >= minKm2).map((s) => s.p);
  return kept.length === 1
    ? { type: "Polygon", coordinates: kept[0]! }
    : { type: "MultiPolygon", coordinates: kept };
}

export function boundaryTopology(
  boundaries: readonly BoundaryInput[],
  detail: TopologyDetail,
): BoundaryTopology {
  const collection: FeatureCollection<Polygon | MultiPolygon, BoundaryProperties> = {
    type: "FeatureCollection",
    features: boundaries.map(
      (b): Feature<Polygon | MultiPolygon, BoundaryProperties> => ({
        type: "Feature",
        id: b.code,
        properties: { code: b.code, nameKo: b.nameKo, nameEn: b.nameEn },
        geometry: withoutIslets(b.geometry, detail.minIslandKm2),
      }),
    ),
  };
  // topojson-server's type keeps GeoJSON's nullable properties, which topojson-simplify's does not take.
  const full = presimplify(
    topology({ sigungu: collection }) as unknown as Topology<Objects>,
    sphericalTriangleArea,
  );
  const points = full.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const keep = Math.min(1, detail.maxPoints / Math.max(1, points));
  // Even keeping everything, simplify() is what drops the weights from the coordinates.
  const simplified = simplify(full, keep < 1 ? quantile(full, keep) : undefined);
  return quantize(simplified, detail.quantization) as unknown as BoundaryTopology;
}
