import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ControlProps } from "./Field.tsx";

/**
 * A password box with a "show password" toggle. Pasting is allowed (password managers), and the
 * toggle keeps its name and says its state with aria-pressed.
 */
export function PasswordInput({
  control,
  value,
  onChange,
  autoComplete,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="password-input">
      <input
        {...control}
        className="input password-input__control"
        type={shown ? "text" : "password"}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <button
        type="button"
        className="password-input__toggle"
        aria-pressed={shown}
        aria-controls={control.id}
        onClick={() => setShown((s) => !s)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="tool-button__icon">
          <path
            d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <circle cx="10" cy="10" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          {shown ? null : (
            <path d="M3 17 17 3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          )}
        </svg>
        {t("auth.showPassword")}
      </button>
    </div>
  );
}
