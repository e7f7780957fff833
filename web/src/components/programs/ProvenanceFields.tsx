import { useTranslation } from "react-i18next";
import type { Confidence } from "../../../../src/programs/domain/rule-set.ts";
import type { FieldError } from "../../api/http.ts";
import { Field } from "../form/Field.tsx";
import type { Provenance } from "./override-form.ts";

// Written out here: importing the value from rule-set.ts would bring zod into the web bundle.
const CONFIDENCES = ["official", "reported", "unconfirmed"] as const satisfies readonly Confidence[];

/** How sure the figure is, and the document it comes from (every section carries both). */
export function ProvenanceFields({
  section,
  value,
  onChange,
  errorsAt,
}: {
  section: string;
  value: Provenance;
  onChange: (next: Provenance) => void;
  errorsAt: (key: string) => FieldError[];
}) {
  const { t } = useTranslation();
  return (
    <div className="override-provenance">
      <Field
        fieldKey={`rules.${section}.confidence`}
        label={t("programs.edit.confidence")}
        errors={errorsAt(`rules.${section}.confidence`)}
        required
      >
        {(props) => (
          <select
            {...props}
            className="select"
            value={value.confidence}
            onChange={(e) => onChange({ ...value, confidence: e.target.value as Confidence })}
          >
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {t(`programs.confidence.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        fieldKey={`rules.${section}.source`}
        label={t("programs.edit.source")}
        hint={t("programs.edit.sourceHint")}
        errors={errorsAt(`rules.${section}.source`)}
        required
      >
        {(props) => (
          <input
            {...props}
            className="input"
            value={value.source}
            maxLength={500}
            onChange={(e) => onChange({ ...value, source: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
