import { useTranslation } from "react-i18next";
import { errorId } from "../../lib/field-errors.ts";
import { Field } from "../form/Field.tsx";
import { FieldErrorText } from "../form/FieldErrorText.tsx";
import { FormSection } from "../form/FormSection.tsx";
import type { WorkItemSectionProps } from "./section-props.ts";

/** Where the work happens: remote, or a place name with coordinates. */
export function WorkItemPlaceSection({ state, update, errorsAt }: WorkItemSectionProps) {
  const { t } = useTranslation();
  const orgLocation = state.organization?.location ?? null;
  // Errors about the pair go with the group; errors about one coordinate go with its input.
  const locationErrors = errorsAt("location").filter((e) => e.field === "location");
  return (
    <FormSection id="post-place" step={3} title={t("post.sections.place")}>
      <div className="choice choice--single">
        <input
          id="f-remote"
          type="checkbox"
          className="choice__input"
          checked={state.remote}
          onChange={(e) => update("remote", e.target.checked)}
        />
        <label htmlFor="f-remote" className="choice__label">
          {t("post.remote")}
        </label>
      </div>
      <FieldErrorText id={errorId("remote")} errors={errorsAt("remote")} />
      {state.remote ? (
        <p className="field__hint">{t("post.remoteHint")}</p>
      ) : (
        <>
          <Field
            fieldKey="placeName"
            label={t("post.placeName")}
            hint={t("post.placeNameHint")}
            errors={errorsAt("placeName")}
            required
          >
            {(props) => (
              <input
                {...props}
                className="input"
                value={state.placeName}
                onChange={(e) => update("placeName", e.target.value)}
              />
            )}
          </Field>
          <fieldset
            className="fieldset"
            id="f-location"
            tabIndex={-1}
            aria-describedby={locationErrors.length ? errorId("location") : undefined}
          >
            <legend className="fieldset__legend">
              {t("post.location")}
              <span className="field__required">{t("form.required")}</span>
            </legend>
            <p className="field__hint">{t("post.locationHint")}</p>
            <FieldErrorText id={errorId("location")} errors={locationErrors} />
            <div className="form-row">
              <Field plain fieldKey="location.lat" label={t("post.lat")} errors={errorsAt("location.lat")}>
                {(props) => (
                  <input
                    {...props}
                    className="input"
                    inputMode="decimal"
                    value={state.lat}
                    onChange={(e) => update("lat", e.target.value)}
                  />
                )}
              </Field>
              <Field plain fieldKey="location.lng" label={t("post.lng")} errors={errorsAt("location.lng")}>
                {(props) => (
                  <input
                    {...props}
                    className="input"
                    inputMode="decimal"
                    value={state.lng}
                    onChange={(e) => update("lng", e.target.value)}
                  />
                )}
              </Field>
            </div>
            {orgLocation ? (
              <button
                type="button"
                className="button button--tertiary button--small"
                onClick={() => {
                  update("lat", orgLocation.lat.toFixed(5));
                  update("lng", orgLocation.lng.toFixed(5));
                  if (!state.placeName && state.organization) update("placeName", state.organization.name);
                }}
              >
                {t("post.useOrgLocation")}
              </button>
            ) : null}
          </fieldset>
        </>
      )}
    </FormSection>
  );
}
