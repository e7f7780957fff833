import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TJobSuggestion, useCreateDrafts } from "../../api/job-design.ts";
import { useOrganizations } from "../../api/organizations.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";

/**
 * "초안 일감 만들기": the institution of the district that will post the work, the start date and,
 * if the officer wants another team size, the number of people. The server makes one draft per
 * stage (nothing is advertised until a draft is opened) and logs it in the audit trail; the same
 * request again returns the drafts it already made, which the form says ("이미 만든 초안").
 */
export function DraftForm({
  id,
  suggestion,
  regionCode,
  startDate,
}: {
  id: string;
  suggestion: TJobSuggestion;
  regionCode: string;
  startDate: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const create = useCreateDrafts(regionCode);
  const errors = useFormErrors(create.error);
  const clientError = useClientError();
  const organizations = useOrganizations({ region: regionCode, pageSize: 100 });
  const [attempt, setAttempt] = useState(0);
  const [organizationId, setOrganizationId] = useState("");
  const [start, setStart] = useState(startDate);
  const [positions, setPositions] = useState("");
  // Several forms can be open on the page: their fields are keyed by the occupation.
  const key = (field: string) => `${id}-${field}`;
  const fields = errors.all.map((e) => ({ ...e, field: key(e.field) }));
  const at = (field: string) => fields.filter((e) => e.field === key(field));
  const active = (organizations.data?.items ?? []).filter((o) => o.status === "active");

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local = [];
    if (!organizationId) local.push(clientError("organizationId", "jobDesign.draft.organizationMissing"));
    const count = positions.trim() === "" ? undefined : Number(positions);
    if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 1000))
      local.push(clientError("positions", "jobDesign.draft.positionsInvalid"));
    errors.setClientErrors(local);
    if (local.length) {
      create.reset();
      return;
    }
    create.mutate({
      occupationCode: suggestion.occupation.code,
      organizationId,
      ...(start ? { startDate: start } : {}),
      ...(count !== undefined ? { positions: count } : {}),
    });
  }

  if (create.data) {
    // The server answers a repeated request (a second click, a retry) with the drafts it made then.
    const made = create.data.created;
    return (
      <div id={id} className={made ? "alert alert--success" : "alert alert--info"} role="status">
        <p>
          {t(made ? "jobDesign.draft.done" : "jobDesign.draft.existing", {
            count: create.data.workItems.length,
          })}
        </p>
        <ul>
          {create.data.workItems.map((item) => (
            <li key={item.id}>
              <Link to={`/work-items/${item.id}`}>{item.title}</Link> (
              {t("workItem.dateRange", { start: f.date(item.startDate), end: f.date(item.endDate) })},{" "}
              {f.people(item.headcount)})
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <form id={id} className="form draft-form" onSubmit={submit} noValidate>
      <h4 className="suggestion-card__subtitle">{t("jobDesign.draft.title")}</h4>
      <p className="field__hint">{t("jobDesign.draft.lead")}</p>
      <ErrorSummary
        fields={fields}
        error={create.error}
        keys={[key("organizationId"), key("startDate"), key("positions")]}
        labels={{
          [key("organizationId")]: t("jobDesign.draft.organization"),
          [key("startDate")]: t("jobDesign.draft.startDate"),
          [key("positions")]: t("jobDesign.draft.positions"),
        }}
        attempt={attempt}
      />
      <Field
        fieldKey={key("organizationId")}
        label={t("jobDesign.draft.organization")}
        errors={at("organizationId")}
        required
      >
        {(props) => (
          <select
            {...props}
            className="select"
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            <option value="">
              {organizations.isLoading ? t("common.loading") : t("jobDesign.draft.chooseOrganization")}
            </option>
            {active.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {organizations.data && active.length === 0 ? (
        <p className="empty-note">{t("jobDesign.draft.noOrganizations")}</p>
      ) : null}
      <Field fieldKey={key("startDate")} label={t("jobDesign.draft.startDate")} errors={at("startDate")}>
        {(props) => (
          <input
            {...props}
            type="date"
            className="input"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        )}
      </Field>
      <Field
        fieldKey={key("positions")}
        label={t("jobDesign.draft.positions")}
        hint={t("jobDesign.draft.positionsHint", { value: f.number(suggestion.positions) })}
        errors={at("positions")}
      >
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            className="input input--short"
            value={positions}
            onChange={(e) => setPositions(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("jobDesign.draft.pending") : t("jobDesign.draft.submit")}
        </button>
      </div>
    </form>
  );
}
