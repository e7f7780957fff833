import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { type ResidentLookupQuery, type TResident, useResidentLookup } from "../../api/residents.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { Field } from "../form/Field.tsx";
import { ResidentOption } from "./ResidentOption.tsx";

/**
 * 방문 주민 찾기: the officer types what the visitor says (name, phone's last four digits or birth
 * year) and gets the matching residents of the district, masked, as radio rows to choose from.
 * It sits inside the walk-in form, so it is not a form of its own: Enter in a box runs the search.
 * Each search is audited on the server, so it runs only on the button or Enter.
 */
export function ResidentLookup({
  regionCode,
  value,
  onChange,
  appliedIds,
}: {
  regionCode: string;
  value: TResident | null;
  onChange: (resident: TResident) => void;
  appliedIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const clientError = useClientError();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [year, setYear] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [query, setQuery] = useState<ResidentLookupQuery | null>(null);
  const lookup = useResidentLookup(query);

  function search() {
    const found = [
      ...(name.trim() ? [] : [clientError("lookup-name", "cohorts.walkIn.lookupNameRequired")]),
      ...(phone.trim() && !/^\d{4}$/.test(phone.trim())
        ? [clientError("lookup-phone", "cohorts.walkIn.lookupPhoneInvalid")]
        : []),
      ...(year.trim() && !/^\d{4}$/.test(year.trim())
        ? [clientError("lookup-year", "cohorts.walkIn.lookupYearInvalid")]
        : []),
    ];
    setErrors(found);
    if (found.length) return;
    setQuery({
      name: name.trim(),
      region: regionCode,
      ...(phone.trim() ? { phoneLast4: phone.trim() } : {}),
      ...(year.trim() ? { birthYear: year.trim() } : {}),
    });
  }
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    search();
  };

  const data = lookup.data;
  return (
    <fieldset className="fieldset resident-lookup">
      <legend className="fieldset__legend">{t("cohorts.walkIn.lookupLegend")}</legend>
      <p className="field__hint">{t("cohorts.walkIn.lookupHint")}</p>
      <div className="resident-lookup__inputs">
        <Field
          fieldKey="lookup-name"
          label={t("cohorts.walkIn.lookupName")}
          errors={errorsAt(errors, "lookup-name")}
          required
        >
          {(props) => (
            <input
              {...props}
              className="input"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={onEnter}
            />
          )}
        </Field>
        <FourDigitsField
          fieldKey="lookup-phone"
          label={t("cohorts.walkIn.lookupPhone")}
          errors={errors}
          value={phone}
          onChange={setPhone}
          onKeyDown={onEnter}
        />
        <FourDigitsField
          fieldKey="lookup-year"
          label={t("cohorts.walkIn.lookupYear")}
          errors={errors}
          value={year}
          onChange={setYear}
          onKeyDown={onEnter}
        />
      </div>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={search}
          disabled={lookup.isFetching}
        >
          {lookup.isFetching ? t("cohorts.walkIn.lookupSearching") : t("cohorts.walkIn.lookupSubmit")}
        </button>
      </p>
      {lookup.error ? <ErrorMessage error={lookup.error} onRetry={() => void lookup.refetch()} /> : null}
      <p className="resident-lookup__status" role="status">
        {data
          ? data.items.length === 0
            ? t("cohorts.walkIn.lookupNone")
            : `${t("cohorts.walkIn.lookupFound", { count: data.items.length })}${data.more ? ` ${t("cohorts.walkIn.lookupMore")}` : ""}`
          : ""}
      </p>
      {data && data.items.length > 0 ? (
        <ul className="resident-options">
          {data.items.map((r) => (
            <ResidentOption
              key={r.id}
              resident={r}
              group="walkin-lookup"
              checked={value?.id === r.id}
              applied={appliedIds.has(r.id)}
              meta={t("cohorts.walkIn.lookupMeta", { year: r.birthYear, phone: r.personal.phone ?? "—" })}
              onChoose={onChange}
            />
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** An optional four-digit box of the search (phone's last four, birth year). */
function FourDigitsField({
  fieldKey,
  label,
  errors,
  value,
  onChange,
  onKeyDown,
}: {
  fieldKey: string;
  label: string;
  errors: readonly FieldError[];
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <Field fieldKey={fieldKey} label={label} errors={errorsAt(errors, fieldKey)}>
      {(props) => (
        <input
          {...props}
          className="input input--short"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  );
}
