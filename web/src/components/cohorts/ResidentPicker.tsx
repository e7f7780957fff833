import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { RESIDENT_GROUPS } from "../../../../src/residents/domain/resident-vocabulary.ts";
import type { FieldError } from "../../api/http.ts";
import { type TResident, useResidents } from "../../api/residents.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { Pagination } from "../common/Pagination.tsx";
import { Field } from "../form/Field.tsx";
import { Fieldset } from "../form/Fieldset.tsx";
import { ResidentOption } from "./ResidentOption.tsx";

const PAGE_SIZE = 10;

/**
 * The person a walk-in application is for: the district's residents as the API lists them (names
 * masked), a page at a time (narrowed by group), as radio rows with birth year and groups. Those who have already
 * applied to this cohort are shown but cannot be chosen again. With `lookup` (the search by name,
 * ResidentLookup), the search comes first and the list folds away under "명단에서 고르기".
 */
export function ResidentPicker({
  regionCode,
  value,
  onChange,
  appliedIds,
  errors,
  lookup,
}: {
  regionCode: string;
  value: TResident | null;
  onChange: (resident: TResident) => void;
  appliedIds: ReadonlySet<string>;
  errors: readonly FieldError[];
  lookup?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const [page, setPage] = useState(1);
  const [group, setGroup] = useState("");
  const list = useResidents({ region: regionCode, group, page, pageSize: PAGE_SIZE });
  const data = list.data;
  return (
    <Fieldset
      fieldKey="residentId"
      legend={t("cohorts.walkIn.residentLegend")}
      hint={t("cohorts.walkIn.residentHint")}
      errors={errors}
      required
    >
      {lookup}
      <Browse folded={Boolean(lookup)} summary={t("cohorts.walkIn.browseList")}>
        <Field
          fieldKey="walkin-group"
          label={t("cohorts.walkIn.groupFilter")}
          plain
          className="resident-filter"
        >
          {(props) => (
            <select
              {...props}
              className="select"
              value={group}
              onChange={(e) => {
                setGroup(e.target.value);
                setPage(1);
              }}
            >
              <option value="">{t("cohorts.walkIn.allGroups")}</option>
              {RESIDENT_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {labels.group(g)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {list.isLoading ? <LoadingMessage /> : null}
        {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
        {data && data.items.length === 0 ? (
          <p className="empty-note">{t("cohorts.walkIn.noResidents")}</p>
        ) : null}
        {data && data.items.length > 0 ? (
          <ul className={`resident-options${list.isPlaceholderData ? " is-stale" : ""}`}>
            {data.items.map((r) => (
              <ResidentOption
                key={r.id}
                resident={r}
                group="walkin-resident"
                checked={value?.id === r.id}
                applied={appliedIds.has(r.id)}
                meta={t("cohorts.walkIn.residentMeta", {
                  year: r.birthYear,
                  groups: r.groups.length ? r.groups.map(labels.group).join(", ") : t("common.none"),
                })}
                onChoose={onChange}
              />
            ))}
          </ul>
        ) : null}
        {data ? (
          <p className="field__hint">
            {t("cohorts.walkIn.residentCount", { count: data.total, value: f.number(data.total) })}
          </p>
        ) : null}
        {data ? <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} /> : null}
      </Browse>
    </Fieldset>
  );
}

/** The list as it is, or folded under a summary when a search comes first. */
function Browse({ folded, summary, children }: { folded: boolean; summary: string; children: ReactNode }) {
  if (!folded) return <>{children}</>;
  return (
    <details className="disclosure resident-browse">
      <summary>
        <span className="disclosure__title">{summary}</span>
      </summary>
      {children}
    </details>
  );
}
