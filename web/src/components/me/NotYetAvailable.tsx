import { useTranslation } from "react-i18next";

/** A feature the service will have but does not yet: labelled as such, with no button that pretends. */
export function NotYetAvailable({ id, title, text }: { id: string; title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--pending stack" aria-labelledby={id}>
      <div className="me-section-head">
        <h2 id={id} className="section-title section-title--small">
          {title}
        </h2>
        <span className="badge badge--pending">{t("me.notYet")}</span>
      </div>
      <p>{text}</p>
    </section>
  );
}
