import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { WORK_CATEGORIES } from "../../../src/work-items/domain/work-item-vocabulary.ts";
import { useOccupations } from "../api/job-design.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { Field } from "../components/form/Field.tsx";
import { OccupationCard } from "../components/job-design/OccupationCard.tsx";
import { useFormat } from "../lib/use-format.ts";
import { useLabels } from "../lib/use-labels.ts";
import "../components/job-design/job-design.css";

/** /occupations (공공 직무 목록): the public catalogue job design chooses from, by category. */
export function OccupationCatalogPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const category = params.get("category") ?? "";
  const valid = (WORK_CATEGORIES as readonly string[]).includes(category) ? category : undefined;
  const result = useOccupations(valid);
  return (
    <>
      <PageHeader title={t("occupations.title")} lead={t("occupations.lead")} />
      <Field plain fieldKey="occupation-category" label={t("occupations.category")}>
        {(props) => (
          <select
            {...props}
            className="select"
            value={valid ?? ""}
            onChange={(e) => setParams(e.target.value ? { category: e.target.value } : {})}
          >
            <option value="">{t("occupations.allCategories")}</option>
            {WORK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {labels.category(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="results-count" role="status">
        {result.data ? t("occupations.count", { value: f.number(result.data.total) }) : ""}
      </p>
      {result.isLoading ? <LoadingMessage /> : null}
      {result.error ? <ErrorMessage error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data ? (
        <ul className="occupation-list">
          {result.data.items.map((o) => (
            <li key={o.code}>
              <OccupationCard occupation={o} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
