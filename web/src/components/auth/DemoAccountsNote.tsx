import { useTranslation } from "react-i18next";

/**
 * How the demo accounts work, on the login page. Their passwords are public but never written
 * here: the reader runs `npx maeul demo accounts` on the server to list them.
 */
export function DemoAccountsNote() {
  const { t } = useTranslation();
  return (
    <section className="demo-note" aria-labelledby="demo-note-title">
      <h2 id="demo-note-title" className="demo-note__title">
        <span className="badge badge--demo">{t("auth.demo.badge")}</span>
        {t("auth.demo.title")}
      </h2>
      <p className="demo-note__warning">{t("auth.demo.warning")}</p>
      <p>{t("auth.demo.how")}</p>
      <pre className="demo-note__command">
        <code>npx maeul demo accounts</code>
      </pre>
      <p>{t("auth.demo.pattern")}</p>
      <p className="muted">{t("auth.demo.noRealData")}</p>
    </section>
  );
}
