import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { COHORT_STATUSES } from "../../../../src/cohorts/domain/cohort-vocabulary.ts";
import { usePrograms } from "../../api/programs.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { Field } from "../form/Field.tsx";

export interface CohortFilterValues {
  program: string;
  status: string;
}

/** Program and stage; nothing changes until 조회 is pressed. */
export function CohortFilters({
  initial,
  onSearch,
}: {
  initial: CohortFilterValues;
  onSearch: (values: CohortFilterValues) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const programs = usePrograms();
  const [draft, setDraft] = useState(initial);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(draft);
  }
  return (
    <search>
      <form className="filters cohort-filters" onSubmit={submit} aria-label={t("cohorts.filter.label")}>
        <Field plain fieldKey="cohort-program" label={t("cohorts.filter.program")}>
          {(props) => (
            <select
              {...props}
              className="select"
              value={draft.program}
              onChange={(e) => setDraft((d) => ({ ...d, program: e.target.value }))}
            >
              <option value="">{t("cohorts.filter.allPrograms")}</option>
              {(programs.data ?? []).map((p) => (
                <option key={p.code} value={p.code}>
                  {pick(p.nameKo, p.nameEn)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field plain fieldKey="cohort-status" label={t("cohorts.filter.status")}>
          {(props) => (
            <select
              {...props}
              className="select"
              value={draft.status}
              onChange={(e) => setDraft((d) => ({ ...d, status: e.target.value }))}
            >
              <option value="">{t("cohorts.filter.allStatuses")}</option>
              {COHORT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`cohorts.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("cohorts.filter.submit")}
          </button>
        </div>
      </form>
    </search>
  );
}
