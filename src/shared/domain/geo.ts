/** Small geographic helpers; the heavy lifting (point in polygon, bounding boxes) uses turf. */

const EARTH_RADIUS_KM = 6371.0088;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box that contains every point within radiusKm of the centre. */
export function boundingBox(centre: LatLng, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cos = Math.cos((centre.lat * Math.PI) / 180);
  const dLng = cos < 1e-6 ? 180 : dLat / cos;
  return {
    minLat: centre.lat - dLat,
    maxLat: centre.lat + dLat,
    minLng: centre.lng - dLng,
    maxLng: centre.lng + dLng,
  };
}

/**
 * Snaps a point to the centre of a ~250 m grid cell. Residents' homes are stored only this
 * coarsely for matching, so the matching tables never hold an exact address.
 */
export function snapToGrid(point: LatLng, cellMeters = 250): LatLng {
  const latStep = cellMeters / 111_320;
  const lat = (Math.floor(point.lat / latStep) + 0.5) * latStep;
  const lngStep = cellMeters / (111_320 * Math.cos((lat * Math.PI) / 180));
  const lng = (Math.floor(point.lng / lngStep) + 0.5) * lngStep;
  return { lat: round6(lat), lng: round6(lng) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
