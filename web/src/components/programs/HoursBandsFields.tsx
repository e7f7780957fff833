import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { NumberField } from "./NumberField.tsx";
import type { HoursBandDraft } from "./override-form.ts";

const LIMITS = ["maxPerWeek", "minPerMonth", "maxPerMonth"] as const;

/** 근무 시간 by age band: each band's ages and its weekly or monthly limits; bands can be added. */
export function HoursBandsFields({
  bands,
  onChange,
  errorsAt,
}: {
  bands: readonly HoursBandDraft[];
  onChange: (next: HoursBandDraft[]) => void;
  errorsAt: (key: string) => FieldError[];
}) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<HoursBandDraft>) =>
    onChange(bands.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  return (
    <div className="override-bands">
      <ol className="override-bands__list">
        {bands.map((band, i) => (
          <li key={band.key} className="override-band">
            <fieldset className="fieldset">
              <legend className="fieldset__legend">{t("programs.edit.band", { n: i + 1 })}</legend>
              <div className="override-band__fields">
                {(["minAge", "maxAge"] as const).map((f) => (
                  <NumberField
                    key={f}
                    fieldKey={`rules.hours.${i}.${f}`}
                    label={t(f === "minAge" ? "programs.edit.bandMinAge" : "programs.edit.bandMaxAge")}
                    unit={t("programs.edit.ageUnit")}
                    value={band[f]}
                    onChange={(v) => set(band.key, { [f]: v })}
                    errors={errorsAt(`rules.hours.${i}.${f}`)}
                  />
                ))}
                {LIMITS.map((f) => (
                  <NumberField
                    key={f}
                    fieldKey={`rules.hours.${i}.${f}`}
                    label={t(`programs.edit.${f}`)}
                    unit={t("programs.edit.hoursUnit")}
                    value={band[f]}
                    onChange={(v) => set(band.key, { [f]: v })}
                    errors={errorsAt(`rules.hours.${i}.${f}`)}
                  />
                ))}
              </div>
              {bands.length > 1 ? (
                <button
                  type="button"
                  className="button button--tertiary button--small"
                  onClick={() => onChange(bands.filter((b) => b.key !== band.key))}
                >
                  {t("programs.edit.removeBand", { n: i + 1 })}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          onChange([
            ...bands,
            {
              key: Math.max(0, ...bands.map((b) => b.key)) + 1,
              minAge: "",
              maxAge: "",
              maxPerWeek: "",
              minPerMonth: "",
              maxPerMonth: "",
            },
          ])
        }
      >
        + {t("programs.edit.addBand")}
      </button>
    </div>
  );
}
