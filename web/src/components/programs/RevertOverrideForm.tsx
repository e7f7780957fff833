import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ProgramRulesView, useRemoveRuleOverride } from "../../api/programs.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";

/** "전국 기준으로 되돌리기": removes the region's override, with a reason for the audit log. */
export function RevertOverrideForm({
  view,
  year,
  region,
  regionName,
  sections,
  onReverted,
}: {
  view: ProgramRulesView;
  year: number;
  region: string;
  regionName: string;
  sections: string[];
  onReverted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveRuleOverride();
  const errors = useFormErrors(remove.error);
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [reason, setReason] = useState("");
  // The edit form on the same page has its own "reason": this one is "revert-reason".
  const fields = errors.all.map((f) => (f.field === "reason" ? { ...f, field: "revert-reason" } : f));

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local = reason.trim().length < 5 ? [clientError("reason", "programs.edit.reasonShort")] : [];
    errors.setClientErrors(local);
    if (local.length) {
      remove.reset();
      return;
    }
    remove.mutate({ code: view.program, year, regionCode: region, reason }, { onSuccess: onReverted });
  }

  return (
    <section className="panel revert-panel" aria-labelledby="revert-title">
      <h2 id="revert-title" className="section-title section-title--small">
        {t("programs.revert.title")}
      </h2>
      <p className="section-lead">
        {t("programs.revert.lead", {
          region: regionName,
          sections: sections.map((s) => t(`programs.sections.${s}`)).join(", "),
        })}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary
          fields={fields}
          error={remove.error}
          keys={["revert-reason"]}
          labels={{ "revert-reason": t("programs.revert.reason") }}
          attempt={attempt}
        />
        <Field
          fieldKey="revert-reason"
          label={t("programs.revert.reason")}
          hint={t("programs.edit.reasonHint")}
          errors={fields.filter((f) => f.field === "revert-reason")}
          required
        >
          {(props) => (
            <textarea
              {...props}
              className="textarea override-reason"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--tertiary button--large" disabled={remove.isPending}>
            {remove.isPending ? t("programs.revert.pending") : t("programs.revert.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
