import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { CheckboxGroup, type CheckboxOption } from "./CheckboxGroup.tsx";

/** A long checkbox list behind a disclosure; it opens by itself when it has an error. */
export function CollapsibleCheckboxGroup(props: {
  fieldKey: string;
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  errors?: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hasErrors = (props.errors?.length ?? 0) > 0;
  const chosen = props.options.filter((o) => props.selected.includes(o.value)).map((o) => o.label);
  return (
    <details
      className="disclosure disclosure--group"
      open={open || hasErrors}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <span className="disclosure__title">{props.legend}</span>
        <span className="disclosure__meta">{chosen.length ? chosen.join(", ") : t("form.noneChosen")}</span>
      </summary>
      <CheckboxGroup {...props} columns={2} />
    </details>
  );
}
