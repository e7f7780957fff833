import { useTranslation } from "react-i18next";

/** Shown wherever a demo person, organization or work item appears: it is not real. */
export function SyntheticBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--synthetic" title={t("synthetic.title")}>
      {t("synthetic.badge")}
    </span>
  );
}
