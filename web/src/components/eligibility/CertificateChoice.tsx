import { useTranslation } from "react-i18next";
import { CERTIFICATES } from "../../../../src/shared/domain/skill-catalogue.ts";
import { useLabels } from "../../lib/use-labels.ts";
import type { TriState } from "./self-check-answers.ts";
import { TriStateChoice } from "./TriStateChoice.tsx";

/** The code for "a certificate that is not in the list": it counts as holding one. */
export const OTHER_CERTIFICATE = "other";

/**
 * 자격증: does the person hold one? Yes → the ones they hold, as big checkboxes (the shared
 * catalogue, plus "another one"); no → none; don't know → left out (checked from a copy later).
 */
export function CertificateChoice({
  answer,
  selected,
  onChange,
}: {
  answer: TriState;
  selected: readonly string[];
  onChange: (patch: { certificate?: TriState; certificates?: string[] }) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const options = [
    ...CERTIFICATES.map((c) => ({ code: c.code as string, label: labels.certificate(c.code) })),
    { code: OTHER_CERTIFICATE, label: t("eligibility.steps.certificates.other") },
  ];
  return (
    <div className="selfcheck-certificates">
      <TriStateChoice
        name="certificate"
        value={answer}
        onChange={(certificate) => onChange({ certificate })}
      />
      {answer === "yes" ? (
        <fieldset className="fieldset selfcheck-certificates__list">
          <legend className="selfcheck-label">{t("eligibility.steps.certificates.listLabel")}</legend>
          <ul className="choice-list choice-list--cols-1 selfcheck-choices">
            {options.map((option) => {
              const id = `selfcheck-certificate-${option.code}`;
              return (
                <li key={option.code} className="choice">
                  <input
                    id={id}
                    type="checkbox"
                    className="choice__input"
                    checked={selected.includes(option.code)}
                    onChange={(e) =>
                      onChange({
                        certificates: e.target.checked
                          ? [...selected, option.code]
                          : selected.filter((c) => c !== option.code),
                      })
                    }
                  />
                  <label htmlFor={id} className="choice__label">
                    {option.label}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
