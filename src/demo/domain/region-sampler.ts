import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import type { LatLng } from "../../shared/domain/geo.ts";
import type { SeededRandom } from "../../shared/domain/seeded-random.ts";
import type { DemoRegion } from "./demo-region.ts";

const MAX_ATTEMPTS = 4000;
const KM_PER_DEGREE_LAT = 111.32;

/**
 * Random points inside a district's boundary: uniform (rejection sampling in the bounding box,
 * keeping the points inside the polygon) or scattered around a centre, never outside. People
 * and institutions gather in a few neighbourhood hubs, as they do in real towns.
 */
export class RegionSampler {
  readonly hubs: LatLng[];
  private readonly polygon: Polygon | MultiPolygon;
  private readonly bbox: DemoRegion["bbox"];
  private fallback: LatLng | undefined;

  constructor(
    region: DemoRegion,
    private readonly random: SeededRandom,
    hubCount: number,
  ) {
    this.polygon = region.boundary as Polygon | MultiPolygon;
    this.bbox = region.bbox;
    const centre = this.contains(region.centroid) ? region.centroid : this.uniformPoint();
    this.hubs = [centre];
    while (this.hubs.length < hubCount) this.hubs.push(this.uniformPoint());
  }

  contains(point: LatLng): boolean {
    return booleanPointInPolygon([point.lng, point.lat], this.polygon, { ignoreBoundary: true });
  }

  /** A point anywhere inside the boundary, uniformly. */
  uniformPoint(): LatLng {
    const [minLng, minLat, maxLng, maxLat] = this.bbox;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const point = {
        lat: minLat + this.random.next() * (maxLat - minLat),
        lng: minLng + this.random.next() * (maxLng - minLng),
      };
      if (this.contains(point)) return round(point);
    }
    return this.insidePoint();
  }

  /** A point around `centre` (normally distributed, `sigmaKm` apart on average), inside the boundary. */
  pointNear(centre: LatLng, sigmaKm: number): LatLng {
    const kmPerDegreeLng = KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180);
    for (let i = 0; i < 50; i++) {
      const [dx, dy] = this.gaussianPair();
      const point = {
        lat: centre.lat + (dy * sigmaKm) / KM_PER_DEGREE_LAT,
        lng: centre.lng + (dx * sigmaKm) / kmPerDegreeLng,
      };
      if (this.contains(point)) return round(point);
    }
    return this.contains(centre) ? round(centre) : this.uniformPoint();
  }

  /** A point near one of the hubs (the first, the town centre, counts double). */
  pointNearHub(sigmaKm: number): LatLng {
    const weights = this.hubs.map((_, i) => (i === 0 ? 2 : 1));
    return this.pointNear(this.hubs[this.random.weightedIndex(weights)]!, sigmaKm);
  }

  private gaussianPair(): [number, number] {
    const u = Math.max(this.random.next(), 1e-12);
    const v = this.random.next();
    const r = Math.sqrt(-2 * Math.log(u));
    return [r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v)];
  }

  /** For a boundary that rejection sampling keeps missing: the first inside point of a fine grid. */
  private insidePoint(): LatLng {
    if (this.fallback) return this.fallback;
    const [minLng, minLat, maxLng, maxLat] = this.bbox;
    const steps = 200;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const point = {
          lat: minLat + ((maxLat - minLat) * i) / steps,
          lng: minLng + ((maxLng - minLng) * j) / steps,
        };
        if (this.contains(point)) {
          this.fallback = round(point);
          return this.fallback;
        }
      }
    }
    throw new Error("RegionSampler: no point found inside the boundary");
  }
}

/** Six decimals (~10 cm) are plenty and keep the generated rows short. */
function round(point: LatLng): LatLng {
  return { lat: Math.round(point.lat * 1e6) / 1e6, lng: Math.round(point.lng * 1e6) / 1e6 };
}

/** A spread for neighbourhood clusters: under a kilometre in a dense 구, a few in a rural 군. */
export function hubSpreadKm(areaKm2: number): number {
  return Math.min(3, Math.max(0.4, 0.12 * Math.sqrt(areaKm2)));
}
