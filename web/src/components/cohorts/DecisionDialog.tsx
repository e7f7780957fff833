import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApplicationDecision, TApplication, TCohort } from "../../api/cohorts.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { useFormat } from "../../lib/use-format.ts";
import { Field } from "../form/Field.tsx";
import { RadioGroup } from "../form/RadioGroup.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

/** The decisions that ask something first: 미선정 (why), 배치 (which work item), 포기 처리 (why, optional). */
export type DialogDecision = Extract<ApplicationDecision, "reject" | "place" | "withdraw">;

const REASON_MIN = 2;
const REASON_MAX = 300;

/**
 * The question before a decision on one applicant. 미선정 needs a reason (the resident is told it);
 * 배치 asks for the work item when the cohort has several; 포기 처리 takes an optional note. The
 * API's refusal (a field, or a 409 such as a full cohort) shows in the dialog.
 */
export function DecisionDialog({
  decision,
  app,
  cohort,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  decision: DialogDecision;
  app: TApplication;
  cohort: TCohort;
  pending: boolean;
  error: unknown;
  onSubmit: (body: { reason?: string; workItemId?: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const clientError = useClientError();
  const [reason, setReason] = useState("");
  const [workItemId, setWorkItemId] = useState(
    cohort.workItems.length === 1 ? (cohort.workItems[0]?.workItemId ?? "") : "",
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const name = app.residentNameMasked ?? t("cohorts.applicants.unnamed");
  const chooseWork = decision === "place" && cohort.workItems.length > 1;
  const apiFields = error instanceof ApiError ? error.fields : [];
  const shown = [...errors, ...apiFields];

  function confirm() {
    const found: FieldError[] = [];
    const text = reason.trim();
    if (decision === "reject" && text.length < REASON_MIN)
      found.push(clientError("reason", "cohorts.decide.reasonRequired", { min: REASON_MIN }));
    if (decision === "withdraw" && text.length > 0 && text.length < REASON_MIN)
      found.push(clientError("reason", "cohorts.decide.reasonShort", { min: REASON_MIN }));
    if (chooseWork && !workItemId) found.push(clientError("workItemId", "cohorts.decide.workItemRequired"));
    setErrors(found);
    if (found.length) {
      window.requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(
            ".cohort-dialog [aria-invalid='true'], .cohort-dialog .fieldset--invalid",
          )
          ?.focus(),
      );
      return;
    }
    onSubmit({
      ...(text ? { reason: text } : {}),
      ...(decision === "place" && workItemId ? { workItemId } : {}),
    });
  }

  return (
    <ConfirmDialog
      title={t(`cohorts.decide.${decision}.title`, { name })}
      description={<p>{t(`cohorts.decide.${decision}.text`, { name })}</p>}
      confirmLabel={t(`cohorts.decide.${decision}.confirm`)}
      pending={pending}
      error={error && apiFields.length === 0 ? error : null}
      onConfirm={confirm}
      onClose={onClose}
    >
      {decision === "reject" || decision === "withdraw" ? (
        <Field
          fieldKey="reason"
          label={t(`cohorts.decide.${decision}.reasonLabel`)}
          hint={t(`cohorts.decide.${decision}.reasonHint`, { max: REASON_MAX })}
          errors={errorsAt(shown, "reason")}
          required={decision === "reject"}
        >
          {(props) => (
            <textarea
              {...props}
              className="textarea textarea--short"
              rows={3}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      {chooseWork ? (
        <RadioGroup
          fieldKey="workItemId"
          legend={t("cohorts.decide.place.workItemLegend")}
          options={cohort.workItems.map((w) => ({
            value: w.workItemId,
            label: `${w.titleKo} (${t("cohorts.workItemSlots", { slots: f.people(w.slots) })})`,
          }))}
          value={workItemId}
          onChange={setWorkItemId}
          errors={errorsAt(shown, "workItemId")}
          required
        />
      ) : null}
      {decision === "place" && cohort.workItems.length === 1 ? (
        <p>{t("cohorts.decide.place.onlyWorkItem", { title: cohort.workItems[0]?.titleKo ?? "" })}</p>
      ) : null}
    </ConfirmDialog>
  );
}
