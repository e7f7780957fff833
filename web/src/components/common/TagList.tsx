import { useTranslation } from "react-i18next";
import { Tag } from "./Tag.tsx";

/** A list of labels, or "none" when it is empty. */
export function TagList({
  items,
  tone,
}: {
  items: readonly string[];
  tone?: "neutral" | "primary" | "success";
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t("common.none")}</p>;
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item}>
          <Tag tone={tone}>{item}</Tag>
        </li>
      ))}
    </ul>
  );
}
