import { useTranslation } from "react-i18next";
import { RESIDENT_GROUPS } from "../../../../src/residents/domain/resident-vocabulary.ts";
import { CERTIFICATES, SKILLS } from "../../../../src/shared/domain/skill-catalogue.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { CheckboxGroup, type CheckboxOption } from "../form/CheckboxGroup.tsx";
import { CollapsibleCheckboxGroup } from "../form/CollapsibleCheckboxGroup.tsx";
import { FormSection } from "../form/FormSection.tsx";
import type { WorkItemSectionProps } from "./section-props.ts";
import type { WorkItemFormState } from "./work-item-form.ts";

type ListKey = "requiredSkills" | "preferredSkills" | "requiredCertificates" | "preferredCertificates";

export function WorkItemRequirementsSection({ state, update, errorsAt }: WorkItemSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const skillOptions: CheckboxOption[] = SKILLS.map((s) => ({ value: s.code, label: labels.skill(s.code) }));
  const certificateOptions: CheckboxOption[] = CERTIFICATES.map((c) => ({
    value: c.code,
    label: labels.certificate(c.code),
  }));
  const lists: { key: ListKey; options: CheckboxOption[] }[] = [
    { key: "requiredSkills", options: skillOptions },
    { key: "preferredSkills", options: skillOptions },
    { key: "requiredCertificates", options: certificateOptions },
    { key: "preferredCertificates", options: certificateOptions },
  ];
  return (
    <FormSection
      id="post-requirements"
      step={6}
      title={t("post.sections.requirements")}
      lead={t("post.requirementsLead")}
    >
      {lists.map((list) => (
        <CollapsibleCheckboxGroup
          key={list.key}
          fieldKey={list.key}
          legend={t(`workItem.${list.key}`)}
          options={list.options}
          selected={state[list.key]}
          onChange={(v) => update(list.key, v as WorkItemFormState[ListKey])}
          errors={errorsAt(list.key)}
        />
      ))}
      <CheckboxGroup
        fieldKey="targetGroups"
        legend={t("workItem.targetGroups")}
        hint={t("post.targetGroupsHint")}
        options={RESIDENT_GROUPS.map((g) => ({ value: g, label: labels.group(g) }))}
        selected={state.targetGroups}
        onChange={(v) => update("targetGroups", v)}
        errors={errorsAt("targetGroups")}
      />
    </FormSection>
  );
}
