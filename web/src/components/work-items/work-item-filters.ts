/** The search filters as they live in the URL (?region=11620&category=care&page=2). */
export interface WorkItemFilterValues {
  region: string;
  category: string;
  kind: string;
  q: string;
  remote: boolean;
  lat: string;
  lng: string;
  radiusKm: string;
  sort: string;
}

export const FILTER_KEYS = [
  "region",
  "category",
  "kind",
  "q",
  "remote",
  "lat",
  "lng",
  "radiusKm",
  "sort",
] as const;

export function filtersFromParams(params: URLSearchParams): WorkItemFilterValues {
  return {
    region: params.get("region") ?? "",
    category: params.get("category") ?? "",
    kind: params.get("kind") ?? "",
    q: params.get("q") ?? "",
    remote: params.get("remote") === "true",
    lat: params.get("lat") ?? "",
    lng: params.get("lng") ?? "",
    radiusKm: params.get("radiusKm") ?? "",
    sort: params.get("sort") ?? "",
  };
}

export function filtersToParams(filters: WorkItemFilterValues, page = 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === true) out[key] = "true";
    else if (typeof value === "string" && value.trim()) out[key] = value.trim();
  }
  const near = Boolean(out.lat && out.lng && out.radiusKm);
  if (!near) {
    delete out.lat;
    delete out.lng;
    delete out.radiusKm;
    if (out.sort === "distance") delete out.sort;
  }
  if (page > 1) out.page = String(page);
  return out;
}
