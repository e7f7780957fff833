import { useTranslation } from "react-i18next";
import { scheduleHours } from "../../../../src/shared/domain/weekly-schedule.ts";
import { useFormat } from "../../lib/use-format.ts";
import { Field } from "../form/Field.tsx";
import { FormSection } from "../form/FormSection.tsx";
import { WeeklyScheduleGrid } from "../schedule/WeeklyScheduleGrid.tsx";
import type { WorkItemSectionProps } from "./section-props.ts";

export function WorkItemTimeSection({ state, update, errorsAt }: WorkItemSectionProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const scheduled = scheduleHours(state.schedule);
  return (
    <FormSection id="post-time" step={4} title={t("post.sections.time")}>
      <WeeklyScheduleGrid
        fieldKey="schedule"
        legend={t("post.schedule")}
        hint={t("post.scheduleHint")}
        value={state.schedule}
        onChange={(v) => update("schedule", v)}
        errors={errorsAt("schedule")}
        required
      />
      <Field
        fieldKey="hoursPerWeek"
        label={t("post.hoursPerWeek")}
        hint={t("post.hoursPerWeekHint", { hours: f.hours(scheduled) })}
        errors={errorsAt("hoursPerWeek")}
        required
      >
        {(props) => (
          <div className="inline-controls">
            <div className="input-with-unit">
              <input
                {...props}
                className="input input--short"
                inputMode="decimal"
                value={state.hoursPerWeek}
                onChange={(e) => update("hoursPerWeek", e.target.value)}
              />
              <span className="input-with-unit__unit">{t("units.hoursPerWeek")}</span>
            </div>
            <button
              type="button"
              className="button button--tertiary button--small"
              disabled={scheduled === 0}
              onClick={() => update("hoursPerWeek", String(scheduled))}
            >
              {t("post.useScheduledHours")}
            </button>
          </div>
        )}
      </Field>
      <div className="form-row">
        <Field fieldKey="startDate" label={t("post.startDate")} errors={errorsAt("startDate")} required>
          {(props) => (
            <input
              {...props}
              type="date"
              className="input"
              value={state.startDate}
              onChange={(e) => update("startDate", e.target.value)}
            />
          )}
        </Field>
        <Field fieldKey="endDate" label={t("post.endDate")} errors={errorsAt("endDate")} required>
          {(props) => (
            <input
              {...props}
              type="date"
              className="input"
              value={state.endDate}
              min={state.startDate || undefined}
              onChange={(e) => update("endDate", e.target.value)}
            />
          )}
        </Field>
      </div>
    </FormSection>
  );
}
