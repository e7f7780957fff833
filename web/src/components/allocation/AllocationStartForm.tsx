import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TAllocationRunStart } from "../../api/allocation-runs.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";

/** The groups an officer most often asks a minimum share for; any declared group is possible through the API. */
const QUOTA_GROUPS = ["senior", "disabled", "low_income"] as const;

/**
 * Starting a run: how much the priority (selection) score counts against fit, and optionally a
 * minimum share of the places for some priority groups, with the points lost per missing person
 * (a soft target: a quota that cannot be met never blocks the run). Hidden behind a disclosure;
 * the defaults need no choice.
 */
export function AllocationStartForm({
  pending,
  error,
  onStart,
}: {
  pending: boolean;
  error: unknown;
  onStart: (body: TAllocationRunStart) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [showOptions, setShowOptions] = useState(false);
  const [weight, setWeight] = useState("1");
  const [shares, setShares] = useState<Record<string, string>>({});
  const [penalty, setPenalty] = useState("20");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const quotas = QUOTA_GROUPS.flatMap((group) => {
      const share = Number(shares[group]);
      return shares[group] && share > 0
        ? [{ group, minShare: share / 100, penalty: Number(penalty) || 0 }]
        : [];
    });
    onStart({ priorityWeight: Number(weight), quotas });
  }

  return (
    <form className="allocation-start" onSubmit={submit} noValidate>
      <button
        type="button"
        className="disclosure-button"
        aria-expanded={showOptions}
        aria-controls={`${id}-options`}
        onClick={() => setShowOptions((v) => !v)}
      >
        {t("allocation.options.toggle")}
      </button>
      <div id={`${id}-options`} hidden={!showOptions}>
        <div className="form-row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-weight`}>
              {t("allocation.options.weight")}
            </label>
            <p className="field__hint" id={`${id}-weight-hint`}>
              {t("allocation.options.weightHint")}
            </p>
            <input
              id={`${id}-weight`}
              className="input input--short"
              type="number"
              inputMode="decimal"
              min={0}
              max={10}
              step={0.5}
              value={weight}
              aria-describedby={`${id}-weight-hint`}
              onChange={(e) => setWeight(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t("allocation.options.quotas")}</legend>
          <p className="field__hint">{t("allocation.options.quotasHint")}</p>
          <div className="form-row">
            {QUOTA_GROUPS.map((group) => (
              <div className="field" key={group}>
                <label className="field__label" htmlFor={`${id}-${group}`}>
                  {t("allocation.options.share", { group: t(`allocation.group.${group}`) })}
                </label>
                <input
                  id={`${id}-${group}`}
                  className="input input--short"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  value={shares[group] ?? ""}
                  onChange={(e) => setShares((s) => ({ ...s, [group]: e.target.value }))}
                />
              </div>
            ))}
            <div className="field">
              <label className="field__label" htmlFor={`${id}-penalty`}>
                {t("allocation.options.penalty")}
              </label>
              <input
                id={`${id}-penalty`}
                className="input input--short"
                type="number"
                inputMode="decimal"
                min={0}
                max={1000}
                value={penalty}
                onChange={(e) => setPenalty(e.target.value)}
              />
            </div>
          </div>
        </fieldset>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary button--large"
          aria-disabled={pending || undefined}
        >
          {pending ? t("allocation.starting") : t("allocation.start")}
        </button>
      </div>
    </form>
  );
}
