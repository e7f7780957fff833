import { useTranslation } from "react-i18next";
import { FormSection } from "../form/FormSection.tsx";
import { RegionSelect } from "../region/RegionSelect.tsx";
import { ApproximateLocation } from "./ApproximateLocation.tsx";
import type { ResidentSectionProps } from "./section-props.ts";

export function ResidentPlaceSection({ state, update, errorsAt }: ResidentSectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection id="resident-place" step={1} title={t("resident.sections.place")}>
      <RegionSelect
        fieldKey="regionCode"
        value={state.region}
        onChange={(v) => update("region", v)}
        errors={errorsAt("regionCode")}
        sigunguRequired
      />
      <ApproximateLocation
        value={state.location}
        onChange={(v) => update("location", v)}
        errors={errorsAt("location")}
      />
    </FormSection>
  );
}
