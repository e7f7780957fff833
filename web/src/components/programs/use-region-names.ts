import { useRegions } from "../../api/regions.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/**
 * Names for region codes on the rules page: every 시도, and the 시군구 of one 시도 (the region
 * being shown). A code not loaded is shown as the code.
 */
export function useRegionNames(sido: string | undefined) {
  const { pick } = useLanguage();
  const sidos = useRegions("sido");
  const sigungus = useRegions("sigungu", sido && /^\d{2}$/.test(sido) ? sido : undefined);
  const byCode = new Map(
    [...(sidos.data ?? []), ...(sido ? (sigungus.data ?? []) : [])].map((r) => [r.code, r]),
  );
  return {
    /** 서울특별시, 수원시 팔달구 */
    name: (code: string) => {
      const r = byCode.get(code);
      return r ? pick(r.nameKo, r.nameEn) : code;
    },
    /** 서울특별시 관악구 (with its 시도) */
    fullName: (code: string) => {
      const r = byCode.get(code);
      return r ? pick(r.fullNameKo, r.fullNameEn) : code;
    },
  };
}
