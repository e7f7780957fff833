import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** "Page | 마을": every page has its own title (WCAG 2.4.2). */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t("app.titleTemplate", { page: title }) : t("app.title");
  }, [title, t]);
}
