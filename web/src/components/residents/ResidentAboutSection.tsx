import { useTranslation } from "react-i18next";
import { RESIDENT_GROUPS } from "../../../../src/residents/domain/resident-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { CheckboxGroup } from "../form/CheckboxGroup.tsx";
import { Field } from "../form/Field.tsx";
import { FormSection } from "../form/FormSection.tsx";
import type { ResidentSectionProps } from "./section-props.ts";

export function ResidentAboutSection({ state, update, errorsAt }: ResidentSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <FormSection id="resident-about" step={2} title={t("resident.sections.about")}>
      <Field
        fieldKey="birthYear"
        label={t("resident.birthYear")}
        hint={t("resident.birthYearHint")}
        errors={errorsAt("birthYear")}
        required
      >
        {(props) => (
          <input
            {...props}
            className="input input--short"
            inputMode="numeric"
            autoComplete="bday-year"
            maxLength={4}
            value={state.birthYear}
            onChange={(e) => update("birthYear", e.target.value.replace(/\D/g, ""))}
          />
        )}
      </Field>
      <CheckboxGroup
        fieldKey="groups"
        legend={t("resident.groups")}
        hint={t("resident.groupsHint")}
        options={RESIDENT_GROUPS.map((g) => ({ value: g, label: labels.group(g) }))}
        selected={state.groups}
        onChange={(v) => update("groups", v)}
        errors={errorsAt("groups")}
      />
    </FormSection>
  );
}
