import { useTranslation } from "react-i18next";

/**
 * The strip above the header. KRDS puts "이 누리집은 대한민국 공식 전자정부 누리집입니다" here; Maeul
 * is an open-source demo, so it says exactly that instead and never claims to be official.
 */
export function Masthead() {
  const { t } = useTranslation();
  return (
    <div className="masthead">
      <div className="container masthead__inner">
        <svg className="masthead__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v4.5M8 4.5v.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <p>{t("layout.masthead")}</p>
      </div>
    </div>
  );
}
