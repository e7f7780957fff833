import { useTranslation } from "react-i18next";

const STEPS = ["account", "details"] as const;

/** "1 계정 만들기 → 2 주민 정보 등록", the current step marked for screen readers too. */
export function RegistrationSteps({ current }: { current: 1 | 2 }) {
  const { t } = useTranslation();
  return (
    <ol className="steps" aria-label={t("resident.steps.label")}>
      {STEPS.map((step, i) => {
        const n = i + 1;
        const state = n < current ? "done" : n === current ? "current" : "todo";
        return (
          <li
            key={step}
            className={`steps__item steps__item--${state}`}
            aria-current={n === current ? "step" : undefined}
          >
            <span className="steps__number" aria-hidden="true">
              {n < current ? "✓" : n}
            </span>
            <span className="steps__text">
              <span className="visually-hidden">
                {t(`resident.steps.state.${state}`, { n, total: STEPS.length })}
              </span>
              {t(`resident.steps.${step}`)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
