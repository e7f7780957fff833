import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { type ProgramRulesView, useSaveRuleOverride } from "../../api/programs.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";
import { FieldErrorText } from "../form/FieldErrorText.tsx";
import { HoursBandsFields } from "./HoursBandsFields.tsx";
import { NumberField } from "./NumberField.tsx";
import {
  EDITABLE_SECTIONS,
  type EditableSection,
  initialOverrideForm,
  invalidNumbers,
  keptSections,
  type OverrideFormState,
  overrideBody,
} from "./override-form.ts";
import { ProvenanceFields } from "./ProvenanceFields.tsx";

const MIN_REASON = 5;

/**
 * A district's own rules for the sections residents ask about most (소득, 재산, 나이, 근무 시간):
 * tick a section to replace the national (or 시도) rule, give the figure, its confidence and
 * source, and a reason for the audit log. The API's field errors appear beside each field.
 */
export function RuleOverrideForm({
  view,
  year,
  region,
  regionName,
  originName,
  onSaved,
}: {
  view: ProgramRulesView;
  year: number;
  region: string;
  regionName: string;
  originName: (section: string) => string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveRuleOverride();
  const errors = useFormErrors(save.error);
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<OverrideFormState>(() => initialOverrideForm(view, region));
  const kept = keptSections(view, region);

  function patch<K extends EditableSection>(key: K, next: Partial<OverrideFormState[K]>) {
    setState((s) => ({ ...s, [key]: { ...s[key], ...next } }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local: FieldError[] = invalidNumbers(state).map(({ field, reason }) =>
      clientError(field, reason === "required" ? "programs.edit.required" : "programs.edit.number"),
    );
    if (!EDITABLE_SECTIONS.some((s) => state[s].on) && kept.length === 0)
      local.push(clientError("rules", "programs.edit.nothingChosen"));
    if (state.reason.trim().length < MIN_REASON)
      local.push(clientError("reason", "programs.edit.reasonShort"));
    errors.setClientErrors(local);
    if (local.length) {
      save.reset();
      return;
    }
    save.mutate(
      {
        code: view.program,
        year,
        regionCode: region,
        rules: overrideBody(view, region, state),
        reason: state.reason,
      },
      { onSuccess: onSaved },
    );
  }

  // Errors on any band's source or confidence belong to the one pair of fields for the section.
  const errorsAt = (key: string) => {
    const shared = /^rules\.hours\.(source|confidence)$/.exec(key);
    if (shared)
      return errors.all.filter((f) => new RegExp(`^rules\\.hours\\.\\d+\\.${shared[1]}$`).test(f.field));
    return errors.at(key);
  };
  const sectionName = (s: string) => t(`programs.sections.${s}`);
  const bandKeys = state.hours.bands.flatMap((_, i) =>
    ["minAge", "maxAge", "maxPerWeek", "minPerMonth", "maxPerMonth"].map((f) => `rules.hours.${i}.${f}`),
  );
  const keys = [
    "rules.income.maxPercentOfMedian",
    "rules.income.rounding",
    "rules.income.confidence",
    "rules.income.source",
    "rules.income",
    "rules.property.maxWon",
    "rules.property.confidence",
    "rules.property.source",
    "rules.property",
    "rules.age.min",
    "rules.age.max",
    "rules.age.confidence",
    "rules.age.source",
    "rules.age",
    ...bandKeys,
    "rules.hours",
    "rules",
    "reason",
  ];
  const labels: Record<string, string> = {
    "rules.income.maxPercentOfMedian": t("programs.edit.percent"),
    "rules.income.rounding": t("programs.edit.rounding"),
    "rules.property.maxWon": t("programs.edit.propertyMax"),
    "rules.age.min": t("programs.edit.ageMin"),
    "rules.age.max": t("programs.edit.ageMax"),
    "rules.hours": sectionName("hours"),
    reason: t("programs.edit.reason"),
  };
  for (const s of ["income", "property", "age"])
    for (const f of ["confidence", "source"])
      labels[`rules.${s}.${f}`] = `${sectionName(s)} · ${t(`programs.edit.${f}`)}`;
  const bandLabel = { minAge: "bandMinAge", maxAge: "bandMaxAge" } as Record<string, string>;
  for (const i of state.hours.bands.keys())
    for (const f of ["minAge", "maxAge", "maxPerWeek", "minPerMonth", "maxPerMonth"])
      labels[`rules.hours.${i}.${f}`] =
        `${t("programs.edit.band", { n: i + 1 })} · ${t(`programs.edit.${bandLabel[f] ?? f}`)}`;

  function section(key: EditableSection, fields: ReactNode) {
    const on = state[key].on;
    const id = `override-${key}`;
    return (
      <fieldset key={key} id={`f-rules-${key}`} className="override-section" tabIndex={-1}>
        <legend className="visually-hidden">{sectionName(key)}</legend>
        <div className="choice">
          <input
            id={id}
            type="checkbox"
            className="choice__input"
            checked={on}
            onChange={(e) => patch(key, { on: e.target.checked } as Partial<OverrideFormState[typeof key]>)}
          />
          <label htmlFor={id} className="choice__label">
            {t("programs.edit.useOwnSection", { section: sectionName(key) })}
          </label>
        </div>
        {on ? (
          <div className="override-section__fields">
            {fields}
            <ProvenanceFields
              section={key}
              value={state[key]}
              onChange={(p) => patch(key, p as Partial<OverrideFormState[typeof key]>)}
              errorsAt={errorsAt}
            />
          </div>
        ) : (
          <p className="override-section__follows">
            {t("programs.edit.followsNational", { origin: originName(key) })}
          </p>
        )}
      </fieldset>
    );
  }

  return (
    <section className="panel override-panel" aria-labelledby="override-title">
      <h2 id="override-title" className="section-title">
        {t("programs.edit.title", { region: regionName })}
      </h2>
      <p className="section-lead">{t("programs.edit.lead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary fields={errors.all} error={save.error} keys={keys} labels={labels} attempt={attempt} />
        <div id="f-rules" tabIndex={-1} className="override-sections">
          <FieldErrorText id="f-rules-error" errors={errors.all.filter((f) => f.field === "rules")} />
          {section(
            "income",
            <div className="form-row">
              <NumberField
                fieldKey="rules.income.maxPercentOfMedian"
                label={t("programs.edit.percent")}
                unit={t("programs.edit.percentUnit")}
                value={state.income.percent}
                onChange={(percent) => patch("income", { percent })}
                errors={errors.at("rules.income.maxPercentOfMedian")}
                required
              />
              <Field
                fieldKey="rules.income.rounding"
                label={t("programs.edit.rounding")}
                errors={errors.at("rules.income.rounding")}
                required
              >
                {(props) => (
                  <select
                    {...props}
                    className="select"
                    value={state.income.rounding}
                    onChange={(e) => patch("income", { rounding: e.target.value as "floor" | "round" })}
                  >
                    <option value="floor">{t("programs.edit.roundingOptions.floor")}</option>
                    <option value="round">{t("programs.edit.roundingOptions.round")}</option>
                  </select>
                )}
              </Field>
            </div>,
          )}
          {section(
            "property",
            <NumberField
              fieldKey="rules.property.maxWon"
              label={t("programs.edit.propertyMax")}
              unit={t("programs.edit.propertyUnit")}
              value={state.property.manwon}
              onChange={(manwon) => patch("property", { manwon })}
              errors={errors.at("rules.property.maxWon")}
              required
            />,
          )}
          {section(
            "age",
            <div className="form-row">
              <NumberField
                fieldKey="rules.age.min"
                label={t("programs.edit.ageMin")}
                unit={t("programs.edit.ageUnit")}
                value={state.age.min}
                onChange={(min) => patch("age", { min })}
                errors={errors.at("rules.age.min")}
                hint={t("programs.edit.ageHint")}
              />
              <NumberField
                fieldKey="rules.age.max"
                label={t("programs.edit.ageMax")}
                unit={t("programs.edit.ageUnit")}
                value={state.age.max}
                onChange={(max) => patch("age", { max })}
                errors={errors.at("rules.age.max")}
                hint={t("programs.edit.ageHint")}
              />
            </div>,
          )}
          {section(
            "hours",
            <HoursBandsFields
              bands={state.hours.bands}
              onChange={(bands) => patch("hours", { bands })}
              errorsAt={errorsAt}
            />,
          )}
        </div>
        {kept.length ? (
          <p className="muted">{t("programs.edit.kept", { sections: kept.map(sectionName).join(", ") })}</p>
        ) : null}
        <Field
          fieldKey="reason"
          label={t("programs.edit.reason")}
          hint={t("programs.edit.reasonHint")}
          errors={errors.at("reason")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              className="textarea override-reason"
              value={state.reason}
              maxLength={500}
              onChange={(e) => setState((s) => ({ ...s, reason: e.target.value }))}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary button--large" disabled={save.isPending}>
            {save.isPending ? t("programs.edit.saving") : t("programs.edit.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
