import type { BoundaryCollection } from "../api/regions.ts";

type Ring = number[][];

function ringsOf(collection: BoundaryCollection): Ring[] {
  return collection.features.flatMap((f) =>
    f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat(),
  );
}

/**
 * An SVG path for GeoJSON polygons, in an equirectangular projection scaled by cos(latitude) so
 * that shapes are not stretched at Korean latitudes. Returns the path and its viewBox size.
 */
export function boundaryToSvgPath(
  collection: BoundaryCollection,
  size = 200,
): { d: string; width: number; height: number } | null {
  const rings = ringsOf(collection);
  const points = rings.flat();
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [lng, lat] of points) {
    minX = Math.min(minX, lng!);
    maxX = Math.max(maxX, lng!);
    minY = Math.min(minY, lat!);
    maxY = Math.max(maxY, lat!);
  }
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = (maxX - minX) * kx || 1e-9;
  const spanY = maxY - minY || 1e-9;
  const scale = size / Math.max(spanX, spanY);
  const width = spanX * scale;
  const height = spanY * scale;
  const point = ([lng, lat]: number[], i: number) =>
    `${i === 0 ? "M" : "L"}${((lng! - minX) * kx * scale).toFixed(1)},${((maxY - lat!) * scale).toFixed(1)}`;
  const d = rings.map((ring) => `${ring.map(point).join("")}Z`).join("");
  return { d, width, height };
}
