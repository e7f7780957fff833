import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useCreateWorkItem } from "../api/work-items.ts";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { FormSection } from "../components/form/FormSection.tsx";
import { OrganizationPicker } from "../components/organizations/OrganizationPicker.tsx";
import { WorkItemBasicsSection } from "../components/work-item-form/WorkItemBasicsSection.tsx";
import { WorkItemPaySection } from "../components/work-item-form/WorkItemPaySection.tsx";
import { WorkItemPlaceSection } from "../components/work-item-form/WorkItemPlaceSection.tsx";
import { WorkItemRequirementsSection } from "../components/work-item-form/WorkItemRequirementsSection.tsx";
import { WorkItemTimeSection } from "../components/work-item-form/WorkItemTimeSection.tsx";
import {
  missingFields,
  toWorkItemCreateBody,
  WORK_ITEM_FIELD_KEYS,
  type WorkItemFormState,
} from "../components/work-item-form/work-item-form.ts";
import { useClientError } from "../hooks/use-client-error.ts";
import { useFormErrors } from "../hooks/use-form-errors.ts";

const INITIAL: WorkItemFormState = {
  organization: null,
  title: "",
  description: "",
  category: "",
  kind: "",
  programCode: "",
  status: "open",
  remote: false,
  placeName: "",
  lat: "",
  lng: "",
  schedule: [],
  hoursPerWeek: "",
  startDate: "",
  endDate: "",
  headcount: "1",
  hourlyWage: "",
  requiredSkills: [],
  preferredSkills: [],
  requiredCertificates: [],
  preferredCertificates: [],
  targetGroups: [],
};

/** /organizations/work-items/new: an institution posts a work item; on success, its detail page. */
export function WorkItemNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateWorkItem();
  const errors = useFormErrors(create.error);
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<WorkItemFormState>(INITIAL);
  const update: <K extends keyof WorkItemFormState>(key: K, value: WorkItemFormState[K]) => void = (
    key,
    value,
  ) => setState((s) => ({ ...s, [key]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local = missingFields(state).map((key) =>
      clientError(key, key === "schedule" ? "post.check.schedule" : "form.requiredField"),
    );
    errors.setClientErrors(local);
    if (local.length) {
      create.reset();
      return;
    }
    create.mutate(toWorkItemCreateBody(state), { onSuccess: (item) => navigate(`/work-items/${item.id}`) });
  }

  const labels: Record<string, string> = Object.fromEntries(
    WORK_ITEM_FIELD_KEYS.map((key) => [key, t(`post.fieldLabels.${key}`)]),
  );
  const sectionProps = { state, update, errorsAt: errors.at };
  return (
    <>
      <PageHeader title={t("post.pageTitle")} lead={t("post.lead")} />
      <p className="form-legend-note">{t("form.requiredNote")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary
          fields={errors.all}
          error={create.error}
          keys={WORK_ITEM_FIELD_KEYS}
          labels={labels}
          attempt={attempt}
        />
        <FormSection id="post-org" step={1} title={t("post.sections.organization")}>
          <OrganizationPicker
            value={state.organization}
            onChange={(o) => update("organization", o)}
            errors={errors.at("organizationId")}
          />
        </FormSection>
        <WorkItemBasicsSection {...sectionProps} />
        <WorkItemPlaceSection {...sectionProps} />
        <WorkItemTimeSection {...sectionProps} />
        <WorkItemPaySection {...sectionProps} />
        <WorkItemRequirementsSection {...sectionProps} />
        <div className="form-actions form-actions--end">
          <button type="submit" className="button button--primary button--large" disabled={create.isPending}>
            {create.isPending ? t("form.submitting") : t("post.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
