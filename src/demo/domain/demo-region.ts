import type { LatLng } from "../../shared/domain/geo.ts";

/** A 시군구 boundary as stored in `regions.boundary` (GeoJSON, WGS84). */
export interface BoundaryGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: number[][][] | number[][][][];
}

/**
 * What the demo generators need to know about one 시군구: its names, its shape and its real
 * figures (registered population by single year of age, registered disabled persons).
 */
export interface DemoRegion {
  code: string;
  /** "관악구", "수원시 팔달구", "세종특별자치시". */
  nameKo: string;
  /** "서울특별시 관악구". */
  fullNameKo: string;
  /** [minLng, minLat, maxLng, maxLat] */
  bbox: [number, number, number, number];
  boundary: BoundaryGeometry;
  centroid: LatLng;
  population: number;
  /** Index 0..100 (100 = 100 and over). */
  populationByAge: number[];
  disabledRegistered: number | null;
}

/** A region row and its statistics row (as stored, or as loaded from data/) → DemoRegion. */
export function toDemoRegion(
  region: Pick<DemoRegion, "code" | "nameKo" | "fullNameKo" | "bbox" | "boundary"> & {
    centroidLat: number;
    centroidLng: number;
  },
  statistics: Pick<DemoRegion, "population" | "populationByAge" | "disabledRegistered">,
): DemoRegion {
  return {
    code: region.code,
    nameKo: region.nameKo,
    fullNameKo: region.fullNameKo,
    bbox: region.bbox,
    boundary: region.boundary,
    centroid: { lat: region.centroidLat, lng: region.centroidLng },
    population: statistics.population,
    populationByAge: statistics.populationByAge,
    disabledRegistered: statistics.disabledRegistered,
  };
}

/** The names a district's institutions are built from. */
export interface DistrictNames {
  /** The district's own name without the parent city: "관악구", "팔달구", "서귀포시". */
  district: string;
  /** "관악", "팔달", "세종", "중구" (a one-syllable stem keeps its suffix). */
  stem: string;
  /** 구민 / 시민 / 군민. */
  residentsWord: string;
  /** "관악구청", "수원시 팔달구청", "세종특별자치시청". */
  office: string;
}

export function districtNames(region: Pick<DemoRegion, "nameKo">): DistrictNames {
  const district = region.nameKo.split(" ").at(-1) ?? region.nameKo;
  const suffix = district.slice(-1);
  let stem = district.slice(0, -1).replace(/특별자치$/, "");
  if (stem.length < 2) stem = district;
  const residentsWord = suffix === "군" ? "군민" : suffix === "시" ? "시민" : "구민";
  return { district, stem, residentsWord, office: `${region.nameKo}청` };
}

/** The area code of a 시도, for the institutions' (fake) public numbers. */
const AREA_CODES: Record<string, string> = {
  "11": "02",
  "26": "051",
  "27": "053",
  "28": "032",
  "29": "062",
  "30": "042",
  "31": "052",
  "36": "044",
  "41": "031",
  "42": "033",
  "43": "043",
  "44": "041",
  "45": "063",
  "46": "061",
  "47": "054",
  "48": "055",
  "50": "064",
  "51": "033",
  "52": "063",
};

export function areaCode(regionCode: string): string {
  return AREA_CODES[regionCode.slice(0, 2)] ?? "02";
}

/** Approximate area of the bounding box in km², enough to tell a dense 구 from a rural 군. */
export function bboxAreaKm2(bbox: DemoRegion["bbox"]): number {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  const midLat = ((minLat + maxLat) / 2) * (Math.PI / 180);
  return (maxLat - minLat) * 111.32 * ((maxLng - minLng) * 111.32 * Math.cos(midLat));
}

/** Inhabitants per km² of bounding box: above ~3000 is city, below ~150 is countryside. */
export function roughDensity(region: Pick<DemoRegion, "bbox" | "population">): number {
  return region.population / Math.max(1, bboxAreaKm2(region.bbox));
}
