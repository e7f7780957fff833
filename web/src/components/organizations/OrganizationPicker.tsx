import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { type TOrganization, useOrganizations } from "../../api/organizations.ts";
import { useDebounced } from "../../hooks/use-debounced.ts";
import { fieldId } from "../../lib/field-errors.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { Field } from "../form/Field.tsx";
import { Fieldset } from "../form/Fieldset.tsx";
import { RegionSelect } from "../region/RegionSelect.tsx";
import { EMPTY_REGION, type RegionValue, regionCodeOf } from "../region/region-value.ts";
import { OrganizationOption } from "./OrganizationOption.tsx";

/** Find the posting organization by region and name (GET /api/organizations), then pick one. */
export function OrganizationPicker({
  value,
  onChange,
  errors,
}: {
  value: TOrganization | null;
  onChange: (organization: TOrganization | null) => void;
  errors?: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const [region, setRegion] = useState<RegionValue>(EMPTY_REGION);
  const [q, setQ] = useState("");
  const debouncedQ = useDebounced(q.trim(), 300);
  const result = useOrganizations({
    region: regionCodeOf(region) || undefined,
    q: debouncedQ || undefined,
    pageSize: 20,
  });
  const items = result.data?.items ?? [];
  const shown = value && !items.some((o) => o.id === value.id) ? [value, ...items] : items;
  return (
    <div className="org-picker">
      <div className="org-picker__search">
        <RegionSelect fieldKey="org-region" value={region} onChange={setRegion} />
        <Field plain fieldKey="org-q" label={t("post.orgSearch")}>
          {(props) => (
            <input
              {...props}
              type="search"
              className="input"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Fieldset fieldKey="organizationId" legend={t("post.organization")} errors={errors} required>
        <p className="field__hint" role="status">
          {result.data ? t("post.orgCount", { count: result.data.total, value: result.data.total }) : ""}
        </p>
        {result.isLoading ? <LoadingMessage /> : null}
        {result.error ? <ErrorMessage error={result.error} onRetry={() => void result.refetch()} /> : null}
        {shown.length > 0 ? (
          <ul className="org-options">
            {shown.map((o) => (
              <OrganizationOption
                key={o.id}
                organization={o}
                name={fieldId("organizationId")}
                checked={value?.id === o.id}
                onSelect={() => onChange(o)}
              />
            ))}
          </ul>
        ) : result.data ? (
          <p className="empty-note">{t("post.orgNone")}</p>
        ) : null}
      </Fieldset>
    </div>
  );
}
