import { useTranslation } from "react-i18next";
import { errorId } from "../../lib/field-errors.ts";
import { Field } from "../form/Field.tsx";
import { FieldErrorText } from "../form/FieldErrorText.tsx";
import { FormSection } from "../form/FormSection.tsx";
import type { ResidentSectionProps } from "./section-props.ts";

/** Name, phone, address: kept apart from the matching data and shown only masked. */
export function ResidentPersonalSection({ state, update, errorsAt }: ResidentSectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection id="resident-personal" step={5} title={t("resident.sections.personal")}>
      <div className="alert alert--info">
        <p>{t("resident.personalNotice")}</p>
        <p>{t("resident.personalNoRrn")}</p>
      </div>
      <Field fieldKey="personal.name" label={t("resident.name")} errors={errorsAt("personal.name")} required>
        {(props) => (
          <input
            {...props}
            className="input"
            autoComplete="name"
            value={state.name}
            onChange={(e) => update("name", e.target.value)}
          />
        )}
      </Field>
      <Field
        fieldKey="personal.phone"
        label={t("resident.phone")}
        hint={t("resident.phoneHint")}
        errors={errorsAt("personal.phone")}
      >
        {(props) => (
          <input
            {...props}
            className="input"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={state.phone}
            onChange={(e) => update("phone", e.target.value)}
          />
        )}
      </Field>
      <Field
        fieldKey="personal.address"
        label={t("resident.address")}
        hint={t("resident.addressHint")}
        errors={errorsAt("personal.address")}
      >
        {(props) => (
          <input
            {...props}
            className="input"
            autoComplete="street-address"
            value={state.address}
            onChange={(e) => update("address", e.target.value)}
          />
        )}
      </Field>
      <div className={`choice choice--single${errorsAt("consent").length ? " choice--invalid" : ""}`}>
        <input
          id="f-consent"
          type="checkbox"
          className="choice__input"
          checked={state.consent}
          onChange={(e) => update("consent", e.target.checked)}
          aria-describedby={errorsAt("consent").length ? errorId("consent") : undefined}
          aria-invalid={errorsAt("consent").length ? true : undefined}
        />
        <label htmlFor="f-consent" className="choice__label">
          {t("resident.consent")}
        </label>
      </div>
      <FieldErrorText id={errorId("consent")} errors={errorsAt("consent")} />
    </FormSection>
  );
}
