import { useTranslation } from "react-i18next";

export function LoadingMessage({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status-message" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
    </p>
  );
}
