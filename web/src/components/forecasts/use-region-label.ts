import { useTranslation } from "react-i18next";
import { useLanguage } from "../../i18n/use-language.ts";

/**
 * "서울 관악구" / "Gwanak-gu, Seoul": a 시군구 with its 시도's short name, for lists that mix
 * 시도 (there are five 중구). 세종 is both, so it is not repeated.
 */
export function useRegionLabel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (region: { code: string; nameKo: string; nameEn: string }) => {
    const sido = t(`region.sidoShort.${region.code.slice(0, 2)}`, { defaultValue: "" });
    if (language === "en") {
      return sido && !region.nameEn.startsWith(sido) ? `${region.nameEn}, ${sido}` : region.nameEn;
    }
    return sido && !region.nameKo.startsWith(sido) ? `${sido} ${region.nameKo}` : region.nameKo;
  };
}
