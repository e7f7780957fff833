import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { useRegions } from "../../api/regions.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { Field } from "../form/Field.tsx";
import type { RegionValue } from "./region-value.ts";

/**
 * 시도 then 시군구, as two native selects (keyboard and screen-reader friendly on every device).
 * With `sigunguRequired` the second select has no "whole 시도" option (forms need a 시군구).
 */
export function RegionSelect({
  fieldKey,
  value,
  onChange,
  errors,
  sigunguRequired = false,
  hint,
}: {
  fieldKey: string;
  value: RegionValue;
  onChange: (next: RegionValue) => void;
  errors?: readonly FieldError[];
  sigunguRequired?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const sidos = useRegions("sido");
  const sigungus = useRegions("sigungu", value.sido || undefined);
  return (
    <div className="region-select">
      <Field
        fieldKey={`${fieldKey}-sido`}
        label={t("region.sido")}
        required={sigunguRequired}
        plain={!sigunguRequired}
        hint={hint}
      >
        {(props) => (
          <select
            {...props}
            className="select"
            value={value.sido}
            onChange={(e) => onChange({ sido: e.target.value, sigungu: "" })}
          >
            <option value="">
              {sidos.isLoading
                ? t("common.loading")
                : sigunguRequired
                  ? t("region.chooseSido")
                  : t("region.allSido")}
            </option>
            {(sidos.data ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {pick(r.nameKo, r.nameEn)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        fieldKey={fieldKey}
        label={t("region.sigungu")}
        required={sigunguRequired}
        plain={!sigunguRequired}
        errors={errors}
      >
        {(props) => (
          <select
            {...props}
            className="select"
            value={value.sigungu}
            disabled={!value.sido}
            onChange={(e) => onChange({ sido: value.sido, sigungu: e.target.value })}
          >
            <option value="">
              {!value.sido
                ? t("region.chooseSidoFirst")
                : sigungus.isLoading
                  ? t("common.loading")
                  : sigunguRequired
                    ? t("region.chooseSigungu")
                    : t("region.allSigungu")}
            </option>
            {(sigungus.data ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {pick(r.nameKo, r.nameEn)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
