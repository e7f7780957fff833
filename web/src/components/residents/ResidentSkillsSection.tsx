import { useTranslation } from "react-i18next";
import { CERTIFICATES, SKILLS } from "../../../../src/shared/domain/skill-catalogue.ts";
import { WORK_CATEGORIES } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { CheckboxGroup } from "../form/CheckboxGroup.tsx";
import { FormSection } from "../form/FormSection.tsx";
import type { ResidentSectionProps } from "./section-props.ts";

export function ResidentSkillsSection({ state, update, errorsAt }: ResidentSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <FormSection id="resident-skills" step={4} title={t("resident.sections.skills")}>
      <CheckboxGroup
        fieldKey="interests"
        legend={t("resident.interests")}
        options={WORK_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
        selected={state.interests}
        onChange={(v) => update("interests", v)}
        errors={errorsAt("interests")}
        columns={3}
      />
      <CheckboxGroup
        fieldKey="skills"
        legend={t("resident.skills")}
        options={SKILLS.map((s) => ({ value: s.code, label: labels.skill(s.code) }))}
        selected={state.skills}
        onChange={(v) => update("skills", v)}
        errors={errorsAt("skills")}
        columns={3}
      />
      <CheckboxGroup
        fieldKey="certificates"
        legend={t("resident.certificates")}
        options={CERTIFICATES.map((c) => ({ value: c.code, label: labels.certificate(c.code) }))}
        selected={state.certificates}
        onChange={(v) => update("certificates", v)}
        errors={errorsAt("certificates")}
        columns={3}
      />
    </FormSection>
  );
}
