import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { useWorkItems } from "../../api/work-items.ts";
import { useDebounced } from "../../hooks/use-debounced.ts";
import { errorsAt, fieldId } from "../../lib/field-errors.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";
import { Field } from "../form/Field.tsx";
import { FieldErrorText } from "../form/FieldErrorText.tsx";
import type { ChosenWorkItem } from "./cohort-form.ts";

const PAGE_SIZE = 8;

/**
 * The cohort's work items (optional): the district's open work items, searchable by words, each
 * with an "add" button; the chosen ones with how many participants each takes and a "remove"
 * button. Nothing to choose until the district is known.
 */
export function WorkItemChooser({
  regionCode,
  value,
  onChange,
  errors,
}: {
  regionCode: string;
  value: ChosenWorkItem[];
  onChange: (next: ChosenWorkItem[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const [words, setWords] = useState("");
  const q = useDebounced(words.trim(), 300);
  const list = useWorkItems({
    region: regionCode || undefined,
    status: "open",
    q: q.length >= 1 ? q : undefined,
    pageSize: PAGE_SIZE,
    sort: "start_date",
  });
  const chosen = new Set(value.map((w) => w.workItemId));
  const items = regionCode ? (list.data?.items ?? []) : [];

  function update(index: number, slots: string) {
    onChange(value.map((w, i) => (i === index ? { ...w, slots } : w)));
  }

  return (
    <div id={fieldId("workItems")} tabIndex={-1} className="work-item-chooser">
      {value.length ? (
        <div className="work-item-chooser__chosen">
          <h3 className="section-title--small work-item-chooser__title">
            {t("cohorts.form.chosenWorkItems")}
          </h3>
          <ul className="chosen-work-items">
            {value.map((w, i) => {
              const key = `workItems.${i}.slots`;
              const own = [...errorsAt(errors, key), ...errorsAt(errors, `workItems.${i}.workItemId`)];
              return (
                <li key={w.workItemId} className="chosen-work-items__item">
                  <span className="chosen-work-items__title">{w.title}</span>
                  <label htmlFor={fieldId(key)} className="visually-hidden">
                    {t("cohorts.form.workItemSlotsFor", { title: w.title })}
                  </label>
                  <span className="input-with-unit">
                    <input
                      id={fieldId(key)}
                      className="input input--short"
                      inputMode="numeric"
                      value={w.slots}
                      aria-invalid={own.length ? true : undefined}
                      aria-describedby={own.length ? `${fieldId(key)}-error` : undefined}
                      onChange={(e) => update(i, e.target.value.replace(/\D/g, ""))}
                    />
                    <span className="input-with-unit__unit">{t("cohorts.form.peopleUnit")}</span>
                  </span>
                  <button
                    type="button"
                    className="button button--tertiary button--small"
                    onClick={() => onChange(value.filter((x) => x.workItemId !== w.workItemId))}
                  >
                    {t("cohorts.form.removeWorkItem")}
                    <span className="visually-hidden">: {w.title}</span>
                  </button>
                  <FieldErrorText id={`${fieldId(key)}-error`} errors={own} />
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <Field
        fieldKey="workItemSearch"
        label={t("cohorts.form.workItemSearch")}
        hint={regionCode ? t("cohorts.form.workItemSearchHint") : t("cohorts.form.workItemNeedsRegion")}
        plain
      >
        {(props) => (
          <input
            {...props}
            type="search"
            className="input"
            value={words}
            disabled={!regionCode}
            onChange={(e) => setWords(e.target.value)}
          />
        )}
      </Field>
      {regionCode && list.isLoading ? <LoadingMessage /> : null}
      {regionCode && list.error ? <ErrorMessage error={list.error} /> : null}
      {regionCode && list.data && items.length === 0 ? (
        <p className="muted">{t("cohorts.form.noWorkItems")}</p>
      ) : null}
      {items.length ? (
        <ul className={`work-item-options${list.isPlaceholderData ? " is-stale" : ""}`}>
          {items.map((item) => (
            <li key={item.id} className="work-item-options__item">
              <span className="work-item-options__text">
                <span className="work-item-options__title">
                  {item.title} {item.synthetic ? <SyntheticBadge /> : null}
                </span>
                <span className="muted">
                  {t("cohorts.form.workItemMeta", {
                    organization: item.organization.name,
                    category: labels.category(item.category),
                    headcount: f.people(item.headcount),
                    from: f.date(item.startDate),
                    to: f.date(item.endDate),
                  })}
                </span>
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={chosen.has(item.id)}
                onClick={() =>
                  onChange([
                    ...value,
                    { workItemId: item.id, title: item.title, slots: String(item.headcount) },
                  ])
                }
              >
                {chosen.has(item.id) ? t("cohorts.form.addedWorkItem") : t("cohorts.form.addWorkItem")}
                <span className="visually-hidden">: {item.title}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {list.data && list.data.total > items.length ? (
        <p className="field__hint">
          {t("cohorts.form.moreWorkItems", { shown: items.length, total: f.number(list.data.total) })}
        </p>
      ) : null}
    </div>
  );
}
