import { useTranslation } from "react-i18next";
import "./policy.css";

/** One section of the privacy policy: its title, paragraphs and list, from the locale files. */
export function PolicySection({
  sectionKey,
  values,
}: {
  sectionKey: string;
  values: Record<string, string | number>;
}) {
  const { t } = useTranslation();
  const base = `privacy.sections.${sectionKey}`;
  const list = (key: string) => {
    const value = t(`${base}.${key}`, { ...values, returnObjects: true });
    return Array.isArray(value) ? (value as string[]) : [];
  };
  const paragraphs = list("paragraphs");
  const items = list("items");
  return (
    <section
      id={`privacy-${sectionKey}`}
      aria-labelledby={`privacy-${sectionKey}-title`}
      className="prose-section"
    >
      <h2 id={`privacy-${sectionKey}-title`} className="section-title section-title--small">
        {t(`${base}.title`)}
      </h2>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {items.length > 0 ? (
        <ul className="policy-list">
          {items.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
