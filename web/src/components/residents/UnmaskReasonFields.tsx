import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { Field } from "../form/Field.tsx";
import { RadioGroup } from "../form/RadioGroup.tsx";
import { REASON_PRESETS, type ReasonChoice } from "./unmask-reason.ts";

/** Why the officer needs the personal fields: a preset, or "other" with their own words. */
export function UnmaskReasonFields({
  choice,
  onChoice,
  ownWords,
  onOwnWords,
  errors,
  minLength,
  maxLength,
}: {
  choice: ReasonChoice;
  onChoice: (next: ReasonChoice) => void;
  ownWords: string;
  onOwnWords: (next: string) => void;
  errors: readonly FieldError[];
  minLength: number;
  maxLength: number;
}) {
  const { t } = useTranslation();
  const options = [
    ...REASON_PRESETS.map((p) => ({ value: p, label: t(`residentList.unmask.preset.${p}`) })),
    { value: "other", label: t("residentList.unmask.preset.other") },
  ];
  return (
    <>
      <RadioGroup
        fieldKey="unmask-preset"
        legend={t("residentList.unmask.reasonLegend")}
        options={options}
        value={choice}
        onChange={(next) => onChoice(next as ReasonChoice)}
        errors={errorsAt(errors, "preset")}
        required
      />
      {choice === "other" ? (
        <Field
          fieldKey="unmask-reason"
          label={t("residentList.unmask.ownWords")}
          hint={t("residentList.unmask.ownWordsHint", { min: minLength, max: maxLength })}
          errors={errorsAt(errors, "reason")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              className="textarea"
              rows={3}
              maxLength={maxLength}
              value={ownWords}
              onChange={(e) => onOwnWords(e.target.value)}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
