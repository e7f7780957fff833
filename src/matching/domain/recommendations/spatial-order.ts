/**
 * An order of points along a Z-order (Morton) curve, so that places near each other sit near
 * each other in memory. A spatial query then reads a few contiguous stretches of the stores'
 * columns instead of jumping across a million rows: at national scale this, not the arithmetic,
 * decides how fast candidates are scored. Points without a location go last, in their order.
 */
const QUANTUM = 0xffff;

/** Spreads the low 16 bits of x to the even bits. */
function spread16(x: number): number {
  let v = x & 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v >>> 0;
}

export function zOrder(lat: Float64Array, lng: Float64Array, size: number): Int32Array {
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  let minLng = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < size; i++) {
    if (Number.isNaN(lat[i]!)) continue;
    minLat = Math.min(minLat, lat[i]!);
    maxLat = Math.max(maxLat, lat[i]!);
    minLng = Math.min(minLng, lng[i]!);
    maxLng = Math.max(maxLng, lng[i]!);
  }
  const spanLat = maxLat - minLat || 1;
  const spanLng = maxLng - minLng || 1;
  const keys = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    if (Number.isNaN(lat[i]!)) {
      keys[i] = 2 ** 32 + i;
      continue;
    }
    const y = Math.round(((lat[i]! - minLat) / spanLat) * QUANTUM);
    const x = Math.round(((lng[i]! - minLng) / spanLng) * QUANTUM);
    keys[i] = ((spread16(y) << 1) | spread16(x)) >>> 0;
  }
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/** A column rearranged so that row k holds the old row order[k] (`width` values per row). */
export function permuted<
  T extends Float64Array | Float32Array | Int32Array | Int16Array | Uint32Array | Uint16Array | Uint8Array,
>(column: T, order: Int32Array, width = 1): T {
  const out = new (column.constructor as new (n: number) => T)(column.length);
  for (let k = 0; k < order.length; k++) {
    const from = order[k]! * width;
    for (let w = 0; w < width; w++) out[k * width + w] = column[from + w]!;
  }
  return out;
}
