import area from "@turf/area";
import type { MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import { describe, expect, it } from "vitest";
import { type BoundaryInput, boundaryTopology, COUNTRY_DETAIL, withoutIslets } from "./boundary-topology.ts";

/** A square of `side` degrees with its south-west corner at (x, y), closed. */
const square = (x: number, y: number, side: number): Polygon["coordinates"] => [
  [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
    [x, y],
  ],
];

/** A ring with many points along a wavy edge, so that simplification has something to remove. */
function wavy(x: number, y: number, w: number, h: number, points: number): Polygon["coordinates"] {
  const south = Array.from({ length: points }, (_, i) => [x + (w * i) / points, y + 0.0005 * Math.sin(i)]);
  return [[...south, [x + w, y], [x + w, y + h], [x, y + h], south[0]!]];
}

const district = (code: string, geometry: Polygon | MultiPolygon): BoundaryInput => ({
  code,
  nameKo: `구${code}`,
  nameEn: `Gu ${code}`,
  geometry,
});

describe("withoutIslets", () => {
  it("drops islands under the threshold but keeps the largest polygon", () => {
    // 0.1° ≈ 11 km: ~ 100 km²; 0.005° ≈ 0.55 km × 0.45 km ≈ 0.25 km².
    const geometry: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [square(127, 37, 0.1), square(127.2, 37, 0.005), square(127.3, 37, 0.02)],
    };
    const kept = withoutIslets(geometry, 1);
    expect(kept.type).toBe("MultiPolygon");
    expect(kept.coordinates).toHaveLength(2);
    // Only islets: the largest one stays, as a Polygon.
    const tiny: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [square(127, 37, 0.001), square(127.1, 37, 0.002)],
    };
    expect(withoutIslets(tiny, 1)).toEqual({ type: "Polygon", coordinates: square(127.1, 37, 0.002) });
  });
});

describe("boundaryTopology", () => {
  // Two neighbours sharing a wavy border, and a third with an islet.
  const west = wavy(127, 37, 0.2, 0.2, 400);
  const inputs = [
    district("11110", { type: "Polygon", coordinates: west }),
    district("11140", { type: "Polygon", coordinates: square(127.2, 37, 0.2) }),
    district("11170", {
      type: "MultiPolygon",
      coordinates: [square(127.4, 37, 0.2), square(127.7, 37, 0.001)],
    }),
  ];
  const topo = boundaryTopology(inputs, { ...COUNTRY_DETAIL, maxPoints: 100 });

  it("keeps every corner of a map that is within its budget of points", () => {
    const small = boundaryTopology(inputs.slice(1, 2), COUNTRY_DETAIL);
    const [square1] = feature(small, small.objects.sigungu).features;
    expect(square1!.geometry).toMatchObject({ type: "Polygon" });
    // 4 corners and the closing point, at the quantized positions of the input's corners.
    const ring = (square1!.geometry as Polygon).coordinates[0]!;
    expect(ring).toHaveLength(5);
    for (const [x, y] of ring) {
      expect([127.2, 127.4].some((c) => Math.abs(c - x!) < 1e-4)).toBe(true);
      expect([37, 37.2].some((c) => Math.abs(c - y!) < 1e-4)).toBe(true);
    }
  });

  it("keeps every district with its code and names, in a quantized topology", () => {
    expect(topo.type).toBe("Topology");
    expect(topo.transform).toBeDefined();
    const features = feature(topo, topo.objects.sigungu).features;
    expect(features.map((f) => f.properties)).toEqual(
      inputs.map((i) => ({ code: i.code, nameKo: i.nameKo, nameEn: i.nameEn })),
    );
    for (const f of features) expect(area(f)).toBeGreaterThan(0);
    // The islet of 11170 (≈ 0.01 km²) is gone at the country's scale.
    expect(features[2]!.geometry.type).toBe("Polygon");
  });

  it("removes points, keeps areas close, and shares the border between neighbours", () => {
    const pointsIn = west[0]!.length;
    const pointsOut = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(pointsOut).toBeLessThan(pointsIn / 2);
    // The budget, give or take the arc ends that are always kept.
    expect(pointsOut).toBeLessThanOrEqual(100 + 2 * topo.arcs.length);
    expect(topo.arcs.every((arc) => arc.every((point) => point.length === 2))).toBe(true);
    const features = feature(topo, topo.objects.sigungu).features;
    const before = area({ type: "Polygon", coordinates: west });
    expect(Math.abs(area(features[0]!) - before) / before).toBeLessThan(0.02);
    // The border between 11110 and 11140 is one arc used by both (mesh of interior borders).
    const interior = mesh(topo, topo.objects.sigungu, (a, b) => a !== b);
    expect(interior.coordinates.length).toBeGreaterThan(0);
  });
});
