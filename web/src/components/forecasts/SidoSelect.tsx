import { useTranslation } from "react-i18next";
import { useRegions } from "../../api/regions.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { Field } from "../form/Field.tsx";

/** The whole country ("") or one 시도, as a native select (the gap map's filter). */
export function SidoSelect({
  fieldKey,
  value,
  onChange,
}: {
  fieldKey: string;
  value: string;
  onChange: (next: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const sidos = useRegions("sido");
  return (
    <Field fieldKey={fieldKey} label={t("region.sido")} plain>
      {(props) => (
        <select {...props} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("region.allSido")}</option>
          {(sidos.data ?? []).map((r) => (
            <option key={r.code} value={r.code}>
              {pick(r.nameKo, r.nameEn)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
