import { useTranslation } from "react-i18next";
import { minimumWageFor } from "../../../../src/contracts/domain/minimum-wage.ts";
import { useFormat } from "../../lib/use-format.ts";
import { Field } from "../form/Field.tsx";
import { FormSection } from "../form/FormSection.tsx";
import type { WorkItemSectionProps } from "./section-props.ts";

/** Headcount and hourly wage, with the statutory minimum wage of the start year as a hint. */
export function WorkItemPaySection({ state, update, errorsAt }: WorkItemSectionProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const year = Number(state.startDate.slice(0, 4)) || 2026;
  const minimum = minimumWageFor(year);
  const wage = Number(state.hourlyWage.replace(/,/g, ""));
  const below =
    errorsAt("hourlyWage").length === 0 &&
    minimum !== null &&
    state.hourlyWage.trim() !== "" &&
    Number.isFinite(wage) &&
    wage < minimum.wage;
  return (
    <FormSection id="post-pay" step={5} title={t("post.sections.pay")}>
      <div className="form-row">
        <Field fieldKey="headcount" label={t("post.headcount")} errors={errorsAt("headcount")} required>
          {(props) => (
            <div className="input-with-unit">
              <input
                {...props}
                className="input input--short"
                inputMode="numeric"
                value={state.headcount}
                onChange={(e) => update("headcount", e.target.value.replace(/\D/g, ""))}
              />
              <span className="input-with-unit__unit">{t("units.people")}</span>
            </div>
          )}
        </Field>
        <Field
          fieldKey="hourlyWage"
          label={t("post.hourlyWage")}
          hint={
            minimum
              ? t("post.minimumWageHint", { year: minimum.year, value: f.won(minimum.wage) })
              : undefined
          }
          errors={errorsAt("hourlyWage")}
          required
        >
          {(props) => (
            <div className="input-with-unit">
              <input
                {...props}
                className="input input--medium"
                inputMode="numeric"
                value={state.hourlyWage}
                onChange={(e) => update("hourlyWage", e.target.value.replace(/[^\d]/g, ""))}
              />
              <span className="input-with-unit__unit">{t("units.won")}</span>
            </div>
          )}
        </Field>
      </div>
      {below && minimum ? (
        <p className="alert alert--warning" role="status">
          {t("post.belowMinimum", { year: minimum.year, value: f.won(minimum.wage) })}
        </p>
      ) : null}
    </FormSection>
  );
}
