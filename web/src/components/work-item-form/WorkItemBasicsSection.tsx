import { useTranslation } from "react-i18next";
import { PROGRAM_CATALOGUE } from "../../../../src/programs/domain/program-catalogue.ts";
import { WORK_CATEGORIES, WORK_KINDS } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { Field } from "../form/Field.tsx";
import { FormSection } from "../form/FormSection.tsx";
import { RadioGroup } from "../form/RadioGroup.tsx";
import type { WorkItemSectionProps } from "./section-props.ts";

export function WorkItemBasicsSection({ state, update, errorsAt }: WorkItemSectionProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const labels = useLabels();
  return (
    <FormSection id="post-basics" step={2} title={t("post.sections.basics")}>
      <Field
        fieldKey="title"
        label={t("post.title")}
        hint={t("post.titleHint")}
        errors={errorsAt("title")}
        required
      >
        {(props) => (
          <input
            {...props}
            className="input"
            maxLength={120}
            value={state.title}
            onChange={(e) => update("title", e.target.value)}
          />
        )}
      </Field>
      <Field
        fieldKey="description"
        label={t("post.description")}
        hint={t("post.descriptionHint")}
        errors={errorsAt("description")}
        required
      >
        {(props) => (
          <textarea
            {...props}
            className="textarea"
            rows={6}
            maxLength={4000}
            value={state.description}
            onChange={(e) => update("description", e.target.value)}
          />
        )}
      </Field>
      <div className="form-row">
        <Field fieldKey="category" label={t("post.category")} errors={errorsAt("category")} required>
          {(props) => (
            <select
              {...props}
              className="select"
              value={state.category}
              onChange={(e) => update("category", e.target.value)}
            >
              <option value="">{t("form.choose")}</option>
              {WORK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {labels.category(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          fieldKey="kind"
          label={t("post.kind")}
          hint={t("post.kindHint")}
          errors={errorsAt("kind")}
          required
        >
          {(props) => (
            <select
              {...props}
              className="select"
              value={state.kind}
              onChange={(e) => update("kind", e.target.value)}
            >
              <option value="">{t("form.choose")}</option>
              {WORK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {labels.kind(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        fieldKey="programCode"
        label={t("post.program")}
        hint={t("post.programHint")}
        errors={errorsAt("programCode")}
      >
        {(props) => (
          <select
            {...props}
            className="select"
            value={state.programCode}
            onChange={(e) => update("programCode", e.target.value)}
          >
            <option value="">{t("post.programNone")}</option>
            {PROGRAM_CATALOGUE.map((p) => (
              <option key={p.code} value={p.code}>
                {pick(p.nameKo, p.nameEn)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RadioGroup
        fieldKey="status"
        legend={t("post.status")}
        options={[
          { value: "open", label: t("post.statusOpen") },
          { value: "draft", label: t("post.statusDraft") },
        ]}
        value={state.status}
        onChange={(v) => update("status", v === "draft" ? "draft" : "open")}
        errors={errorsAt("status")}
        required
      />
    </FormSection>
  );
}
