/**
 * countInBox must give exactly the length of kdbush's range() for the same box: recommendWorkItems
 * sizes its candidate box from it, so any difference would change which items are scored.
 */
import fc from "fast-check";
import KDBush from "kdbush";
import { describe, expect, it } from "vitest";
import { countInBox } from "./count-in-box.ts";

function indexOf(points: readonly [number, number][], nodeSize: number): KDBush {
  const index = new KDBush(points.length, nodeSize);
  for (const [x, y] of points) index.add(x, y);
  return index.finish();
}

describe("countInBox", () => {
  it("counts what range() lists, on random points (many on the same lines) and boxes", () => {
    // Small integer coordinates put many points on the split lines and the box edges.
    const coordinate = fc.oneof(
      fc.integer({ min: -20, max: 20 }),
      fc.double({ min: -20, max: 20, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), { maxLength: 600 }),
        fc.integer({ min: 2, max: 16 }),
        fc.array(fc.tuple(coordinate, coordinate, coordinate, coordinate), { minLength: 1, maxLength: 20 }),
        (points, nodeSize, boxes) => {
          const index = indexOf(points, nodeSize);
          for (const [a, b, c, d] of boxes) {
            const [minX, maxX] = a <= c ? [a, c] : [c, a];
            const [minY, maxY] = b <= d ? [b, d] : [d, b];
            expect(countInBox(index, minX, minY, maxX, maxY)).toBe(
              index.range(minX, minY, maxX, maxY).length,
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("counts a dense city box of a large index exactly", () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const points: [number, number][] = [];
    for (let k = 0; k < 200_000; k++) points.push([126 + random() * 3, 35 + random() * 3]);
    const index = indexOf(points, 64);
    for (let k = 0; k < 50; k++) {
      const x = 126 + random() * 3;
      const y = 35 + random() * 3;
      const half = random() * 0.3;
      const count = countInBox(index, x - half, y - half, x + half, y + half);
      expect(count).toBe(index.range(x - half, y - half, x + half, y + half).length);
    }
  });
});
