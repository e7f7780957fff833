/** A choice of region in two steps: a 시도 and, optionally, one of its 시군구. */
export interface RegionValue {
  sido: string;
  sigungu: string;
}

export const EMPTY_REGION: RegionValue = { sido: "", sigungu: "" };

/** From a 2- or 5-digit code (as in a URL) to the two selects. */
export function regionValueFromCode(code: string | null | undefined): RegionValue {
  if (!code) return EMPTY_REGION;
  if (/^\d{5}$/.test(code)) return { sido: code.slice(0, 2), sigungu: code };
  if (/^\d{2}$/.test(code)) return { sido: code, sigungu: "" };
  return EMPTY_REGION;
}

/** The most specific code chosen, or "" when nothing is. */
export function regionCodeOf(value: RegionValue): string {
  return value.sigungu || value.sido;
}
