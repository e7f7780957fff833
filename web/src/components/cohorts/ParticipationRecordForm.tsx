import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WORK_CATEGORIES } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import { useRecordParticipation } from "../../api/participations.ts";
import { usePrograms } from "../../api/programs.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { Field } from "../form/Field.tsx";

/**
 * One participation from the paper records: program, start, end (empty while ongoing) and field.
 * Not a nested <form> (it sits inside the walk-in form): the button sends it.
 */
export function ParticipationRecordForm({ residentId, onDone }: { residentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const labels = useLabels();
  const programs = usePrograms();
  const record = useRecordParticipation(residentId);
  const clientError = useClientError();
  const [programCode, setProgramCode] = useState("");
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const [field, setField] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const shown = [...errors, ...(record.error instanceof ApiError ? record.error.fields : [])];

  function save() {
    const found = [
      ...(programCode ? [] : [clientError("programCode", "form.requiredField")]),
      ...(startDate ? [] : [clientError("startDate", "form.requiredField")]),
      ...(startDate && endDate && endDate < startDate
        ? [clientError("endDate", "cohorts.form.endBeforeStart")]
        : []),
    ];
    setErrors(found);
    if (found.length) return;
    record.mutate(
      {
        programCode: programCode as never,
        startDate,
        ...(endDate ? { endDate } : {}),
        ...(field ? { field } : {}),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <fieldset
      className="participation-form"
      onKeyDown={(e) => {
        // Enter here saves the participation, not the application form around it.
        if (e.key === "Enter" && e.target instanceof HTMLInputElement) {
          e.preventDefault();
          save();
        }
      }}
    >
      <legend className="visually-hidden">{t("cohorts.history.formLabel")}</legend>
      <div className="form-row">
        <Field
          fieldKey="programCode"
          label={t("cohorts.history.program")}
          errors={errorsAt(shown, "programCode")}
          required
        >
          {(props) => (
            <select
              {...props}
              className="select"
              value={programCode}
              onChange={(e) => setProgramCode(e.target.value)}
            >
              <option value="">{t("form.choose")}</option>
              {(programs.data ?? []).map((p) => (
                <option key={p.code} value={p.code}>
                  {pick(p.nameKo, p.nameEn)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          fieldKey="startDate"
          label={t("cohorts.history.start")}
          errors={errorsAt(shown, "startDate")}
          required
        >
          {(props) => (
            <input
              {...props}
              type="date"
              className="input"
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          )}
        </Field>
        <Field
          fieldKey="endDate"
          label={t("cohorts.history.end")}
          hint={t("cohorts.history.endHint")}
          errors={errorsAt(shown, "endDate")}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              className="input"
              value={endDate}
              onChange={(e) => setEndDate(e.target.value)}
            />
          )}
        </Field>
        <Field fieldKey="field" label={t("cohorts.history.field")} errors={errorsAt(shown, "field")}>
          {(props) => (
            <select {...props} className="select" value={field} onChange={(e) => setField(e.target.value)}>
              <option value="">{t("form.choose")}</option>
              {WORK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {labels.category(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {record.error && !(record.error instanceof ApiError && record.error.fields.length) ? (
        <ErrorMessage error={record.error} />
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={save}
          disabled={record.isPending}
        >
          {record.isPending ? t("form.submitting") : t("cohorts.history.save")}
        </button>
        <button type="button" className="button button--tertiary button--small" onClick={onDone}>
          {t("cohorts.cancel")}
        </button>
      </div>
    </fieldset>
  );
}
