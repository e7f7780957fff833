import { useTranslation } from "react-i18next";
import { PROGRAM_CATALOGUE } from "../../../../src/programs/domain/program-catalogue.ts";
import type { FieldError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { FieldErrorText } from "../form/FieldErrorText.tsx";
import type { ParticipationDraft, TriState } from "./self-check-answers.ts";
import { TriStateChoice } from "./TriStateChoice.tsx";

/**
 * 최근 3년 공공일자리 참여: none, some (then one row per participation: program and dates, as
 * many as needed), or don't know.
 */
export function ParticipationList({
  answer,
  rows,
  errors,
  onAnswer,
  onRows,
}: {
  answer: TriState;
  rows: readonly ParticipationDraft[];
  errors: readonly FieldError[];
  onAnswer: (next: TriState) => void;
  onRows: (next: ParticipationDraft[]) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const label = (key: string, values?: Record<string, number>) =>
    t(`eligibility.steps.participations.${key}`, values);
  function update(key: number, patch: Partial<ParticipationDraft>) {
    onRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  }
  function add() {
    const key = Math.max(0, ...rows.map((r) => r.key)) + 1;
    onRows([...rows, { key, program: "", start: "", end: "" }]);
  }
  return (
    <div className="selfcheck-participations">
      <TriStateChoice
        name="participation"
        value={answer}
        onChange={(next) => {
          onAnswer(next);
          if (next === "yes" && rows.length === 0) onRows([{ key: 1, program: "", start: "", end: "" }]);
        }}
        labels={{ yes: label("some"), no: label("none") }}
      />
      {answer === "yes" ? (
        <>
          <ol className="selfcheck-participations__list">
            {rows.map((row, i) => {
              const at = (field: string) => errorsAt(errors, `participations.${i}.${field}`);
              const id = (field: string) => `selfcheck-participation-${row.key}-${field}`;
              const control = (field: string) => ({
                id: id(field),
                "aria-invalid": at(field).length ? true : undefined,
                "aria-describedby": at(field).length ? `${id(field)}-error` : undefined,
              });
              return (
                <li key={row.key} className="selfcheck-participation">
                  <fieldset className="fieldset">
                    <legend className="fieldset__legend">{label("item", { n: i + 1 })}</legend>
                    <div className="selfcheck-participation__fields">
                      <div className="field">
                        <label className="selfcheck-label" htmlFor={id("program")}>
                          {label("program")}
                        </label>
                        <select
                          {...control("program")}
                          className="select selfcheck-input"
                          value={row.program}
                          onChange={(e) => update(row.key, { program: e.target.value })}
                        >
                          <option value="">{t("form.choose")}</option>
                          {PROGRAM_CATALOGUE.map((p) => (
                            <option key={p.code} value={p.code}>
                              {pick(p.nameKo, p.nameEn)}
                            </option>
                          ))}
                        </select>
                        <FieldErrorText id={`${id("program")}-error`} errors={at("program")} />
                      </div>
                      <div className="field">
                        <label className="selfcheck-label" htmlFor={id("start")}>
                          {label("start")}
                        </label>
                        <input
                          {...control("start")}
                          type="date"
                          className="input selfcheck-input"
                          value={row.start}
                          onChange={(e) => update(row.key, { start: e.target.value })}
                        />
                        <FieldErrorText id={`${id("start")}-error`} errors={at("start")} />
                      </div>
                      <div className="field">
                        <label className="selfcheck-label" htmlFor={id("end")}>
                          {label("end")}
                        </label>
                        <p id={`${id("end")}-hint`} className="selfcheck-number__hint">
                          {label("endHint")}
                        </p>
                        <input
                          {...control("end")}
                          aria-describedby={
                            [`${id("end")}-hint`, at("end").length ? `${id("end")}-error` : null]
                              .filter(Boolean)
                              .join(" ") || undefined
                          }
                          type="date"
                          className="input selfcheck-input"
                          value={row.end}
                          min={row.start || undefined}
                          onChange={(e) => update(row.key, { end: e.target.value })}
                        />
                        <FieldErrorText id={`${id("end")}-error`} errors={at("end")} />
                      </div>
                    </div>
                    <button
                      type="button"
                      className="button button--tertiary button--small"
                      onClick={() => onRows(rows.filter((r) => r.key !== row.key))}
                    >
                      {label("remove", { n: i + 1 })}
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button type="button" className="button button--secondary" onClick={add}>
            + {label("add")}
          </button>
        </>
      ) : null}
    </div>
  );
}
