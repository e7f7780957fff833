import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { AUDIT_ACTIONS, type AuditAction } from "../../../../src/audit/domain/audit-vocabulary.ts";
import { Field } from "../form/Field.tsx";
import { isAction } from "./audit-action.ts";

/** Which entries to show: one action (sign-ins, failed sign-ins, reads, unmasking …) or all. */
export function AuditFilters({
  action,
  onSearch,
}: {
  action: AuditAction | undefined;
  onSearch: (action: AuditAction | undefined) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string>(action ?? "");
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(isAction(draft) ? draft : undefined);
  }
  return (
    <search>
      <form className="filters audit-filters" onSubmit={submit} aria-label={t("audit.filter.label")}>
        <Field plain fieldKey="audit-action" label={t("audit.filter.action")}>
          {(props) => (
            <select {...props} className="select" value={draft} onChange={(e) => setDraft(e.target.value)}>
              <option value="">{t("audit.filter.all")}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`audit.action.${a}`, { defaultValue: a })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("audit.filter.submit")}
          </button>
        </div>
      </form>
    </search>
  );
}
