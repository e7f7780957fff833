import { useTranslation } from "react-i18next";
import {
  REMOTE_PREFERENCES,
  type RemotePreference,
} from "../../../../src/residents/domain/resident-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { Field } from "../form/Field.tsx";
import { FormSection } from "../form/FormSection.tsx";
import { RadioGroup } from "../form/RadioGroup.tsx";
import { WeeklyScheduleGrid } from "../schedule/WeeklyScheduleGrid.tsx";
import type { ResidentSectionProps } from "./section-props.ts";

export function ResidentAvailabilitySection({ state, update, errorsAt }: ResidentSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <FormSection
      id="resident-availability"
      step={3}
      title={t("resident.sections.availability")}
      lead={t("resident.availabilityLead")}
    >
      <WeeklyScheduleGrid
        fieldKey="availability"
        legend={t("resident.availability")}
        hint={t("resident.availabilityHint")}
        value={state.availability}
        onChange={(v) => update("availability", v)}
        errors={errorsAt("availability")}
        required
      />
      <div className="form-row">
        <Field
          fieldKey="desiredHoursPerWeek"
          label={t("resident.desiredHours")}
          hint={t("resident.desiredHoursHint")}
          errors={errorsAt("desiredHoursPerWeek")}
          required
        >
          {(props) => (
            <div className="input-with-unit">
              <input
                {...props}
                className="input input--short"
                inputMode="decimal"
                value={state.desiredHoursPerWeek}
                onChange={(e) => update("desiredHoursPerWeek", e.target.value)}
              />
              <span className="input-with-unit__unit">{t("units.hoursPerWeek")}</span>
            </div>
          )}
        </Field>
        <Field
          fieldKey="maxTravelKm"
          label={t("resident.maxTravelKm")}
          hint={t("resident.maxTravelKmHint")}
          errors={errorsAt("maxTravelKm")}
          required
        >
          {(props) => (
            <div className="input-with-unit">
              <input
                {...props}
                className="input input--short"
                inputMode="decimal"
                value={state.maxTravelKm}
                onChange={(e) => update("maxTravelKm", e.target.value)}
              />
              <span className="input-with-unit__unit">{t("units.km")}</span>
            </div>
          )}
        </Field>
      </div>
      <RadioGroup
        fieldKey="remotePreference"
        legend={t("resident.remotePreference")}
        options={REMOTE_PREFERENCES.map((r) => ({ value: r, label: labels.remote(r) }))}
        value={state.remotePreference}
        onChange={(v) => update("remotePreference", v as RemotePreference)}
        errors={errorsAt("remotePreference")}
        required
      />
    </FormSection>
  );
}
