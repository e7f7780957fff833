import { useTranslation } from "react-i18next";
import { PILOT_DISTRICT_CODES } from "../../../../src/demo/pilot-districts.ts";
import { type TRegionSummary, useRegions } from "../../api/regions.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/** The ten pilot districts of the demo as quick choices; the chosen one is aria-pressed. */
export function PilotDistrictButtons({
  selected,
  onSelect,
}: {
  selected: string;
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const all = useRegions("sigungu");
  const byCode = new Map((all.data ?? []).map((r) => [r.code, r]));
  // "서울 관악구": the 시도's short name (from the locale file) before the 시군구; 세종 is both.
  const label = (region: TRegionSummary) => {
    const sido = t(`region.sidoShort.${region.code.slice(0, 2)}`, { defaultValue: "" });
    const ko = sido && !region.nameKo.startsWith(sido) ? `${sido} ${region.nameKo}` : region.nameKo;
    return pick(ko, region.nameEn);
  };
  return (
    <fieldset className="pilot-districts">
      <legend className="pilot-districts__title">{t("home.pilotTitle")}</legend>
      <ul className="pilot-districts__list">
        {PILOT_DISTRICT_CODES.map((code) => {
          const region = byCode.get(code);
          return (
            <li key={code}>
              <button
                type="button"
                className="chip-button"
                aria-pressed={selected === code}
                onClick={() => onSelect(code)}
              >
                {region ? label(region) : code}
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
