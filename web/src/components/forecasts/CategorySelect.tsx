import { useTranslation } from "react-i18next";
import { WORK_CATEGORIES } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { Field } from "../form/Field.tsx";
import type { CategoryChoice } from "./gap-figures.ts";

/** Every category together ("all") or one of them, as a native select (map and comparison filters). */
export function CategorySelect({
  fieldKey,
  value,
  onChange,
}: {
  fieldKey: string;
  value: CategoryChoice;
  onChange: (next: CategoryChoice) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Field fieldKey={fieldKey} label={t("forecasts.category")} plain>
      {(props) => (
        <select
          {...props}
          className="select"
          value={value}
          onChange={(e) => onChange(e.target.value as CategoryChoice)}
        >
          <option value="all">{t("forecasts.allCategories")}</option>
          {WORK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {labels.category(c)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
