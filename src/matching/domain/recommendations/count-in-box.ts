/**
 * How many points of a kdbush index lie in a box, without listing them. recommendWorkItems only
 * needs the count of its first, widest box to size the narrower one it scores; listing ~2,600
 * items there only to count them was a third of the spatial work per request. The walk is
 * kdbush's own range search, but it carries each node's region (bounded by the split values
 * above it; kdbush keeps items ≤ the split on the left and ≥ on the right) and adds a node whole
 * when its region lies inside the box, so that only the nodes on the box's edge are read.
 * kdbush has no count query, hence this walk over its public ids/coords/nodeSize; it depends on
 * kdbush 4's tree layout, and count-in-box.test.ts compares it with range().length on random
 * indexes, so an upgrade that changes the layout fails there rather than in production.
 */
import type KDBush from "kdbush";

const STACK: number[] = [];

export function countInBox(index: KDBush, minX: number, minY: number, maxX: number, maxY: number): number {
  const { ids, coords, nodeSize } = index;
  if (ids.length === 0) return 0;
  let count = 0;
  // Per node: left, right, axis, then its region x0, y0, x1, y1.
  let sp = 0;
  STACK[sp++] = 0;
  STACK[sp++] = ids.length - 1;
  STACK[sp++] = 0;
  STACK[sp++] = Number.NEGATIVE_INFINITY;
  STACK[sp++] = Number.NEGATIVE_INFINITY;
  STACK[sp++] = Number.POSITIVE_INFINITY;
  STACK[sp++] = Number.POSITIVE_INFINITY;
  while (sp > 0) {
    const y1 = STACK[--sp]!;
    const x1 = STACK[--sp]!;
    const y0 = STACK[--sp]!;
    const x0 = STACK[--sp]!;
    const axis = STACK[--sp]!;
    const right = STACK[--sp]!;
    const left = STACK[--sp]!;
    if (x0 >= minX && x1 <= maxX && y0 >= minY && y1 <= maxY) {
      count += right - left + 1;
      continue;
    }
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const x = coords[2 * i]!;
        const y = coords[2 * i + 1]!;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) count++;
      }
      continue;
    }
    const m = (left + right) >> 1;
    const x = coords[2 * m]!;
    const y = coords[2 * m + 1]!;
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) count++;
    if (axis === 0 ? minX <= x : minY <= y) {
      STACK[sp++] = left;
      STACK[sp++] = m - 1;
      STACK[sp++] = 1 - axis;
      STACK[sp++] = x0;
      STACK[sp++] = y0;
      STACK[sp++] = axis === 0 ? x : x1;
      STACK[sp++] = axis === 0 ? y1 : y;
    }
    if (axis === 0 ? maxX >= x : maxY >= y) {
      STACK[sp++] = m + 1;
      STACK[sp++] = right;
      STACK[sp++] = 1 - axis;
      STACK[sp++] = axis === 0 ? x : x0;
      STACK[sp++] = axis === 0 ? y0 : y;
      STACK[sp++] = x1;
      STACK[sp++] = y1;
    }
  }
  return count;
}
