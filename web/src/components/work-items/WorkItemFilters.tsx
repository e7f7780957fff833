import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { WORK_CATEGORIES, WORK_KINDS } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { Field } from "../form/Field.tsx";
import { RegionSelect } from "../region/RegionSelect.tsx";
import { regionCodeOf, regionValueFromCode } from "../region/region-value.ts";
import { NearMeControl } from "./NearMeControl.tsx";
import type { WorkItemFilterValues } from "./work-item-filters.ts";

/** The search form. Nothing changes until it is submitted, so choosing an option never reloads the list. */
export function WorkItemFilters({
  initial,
  onSearch,
}: {
  initial: WorkItemFilterValues;
  onSearch: (filters: WorkItemFilterValues) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof WorkItemFilterValues>(key: K, value: WorkItemFilterValues[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const near = Boolean(draft.lat && draft.lng);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(draft);
  }
  function reset() {
    const empty: WorkItemFilterValues = {
      region: "",
      category: "",
      kind: "",
      q: "",
      remote: false,
      lat: "",
      lng: "",
      radiusKm: "",
      sort: "",
    };
    setDraft(empty);
    onSearch(empty);
  }
  return (
    <search>
      <form className="filters" onSubmit={submit} aria-label={t("search.formLabel")}>
        <Field plain fieldKey="q" label={t("search.q")} hint={t("search.qHint")}>
          {(props) => (
            <input
              {...props}
              type="search"
              className="input"
              value={draft.q}
              onChange={(e) => set("q", e.target.value)}
            />
          )}
        </Field>
        <RegionSelect
          fieldKey="region"
          value={regionValueFromCode(draft.region)}
          onChange={(v) => set("region", regionCodeOf(v))}
        />
        <div className="filters__row">
          <Field plain fieldKey="category" label={t("search.category")}>
            {(props) => (
              <select
                {...props}
                className="select"
                value={draft.category}
                onChange={(e) => set("category", e.target.value)}
              >
                <option value="">{t("search.all")}</option>
                {WORK_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {labels.category(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field plain fieldKey="kind" label={t("search.kind")}>
            {(props) => (
              <select
                {...props}
                className="select"
                value={draft.kind}
                onChange={(e) => set("kind", e.target.value)}
              >
                <option value="">{t("search.all")}</option>
                {WORK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {labels.kind(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="choice choice--single">
          <input
            id="f-remote"
            type="checkbox"
            className="choice__input"
            checked={draft.remote}
            onChange={(e) => set("remote", e.target.checked)}
          />
          <label htmlFor="f-remote" className="choice__label">
            {t("search.remoteOnly")}
          </label>
        </div>
        <NearMeControl
          lat={draft.lat}
          lng={draft.lng}
          radiusKm={draft.radiusKm}
          onChange={(n) => setDraft((d) => ({ ...d, ...n }))}
        />
        <Field plain fieldKey="sort" label={t("search.sort")}>
          {(props) => (
            <select
              {...props}
              className="select"
              value={draft.sort}
              onChange={(e) => set("sort", e.target.value)}
            >
              <option value="">{t("search.sortNewest")}</option>
              <option value="start_date">{t("search.sortStart")}</option>
              <option value="wage">{t("search.sortWage")}</option>
              {near ? <option value="distance">{t("search.sortDistance")}</option> : null}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("search.submit")}
          </button>
          <button type="button" className="button button--tertiary" onClick={reset}>
            {t("search.reset")}
          </button>
        </div>
      </form>
    </search>
  );
}
