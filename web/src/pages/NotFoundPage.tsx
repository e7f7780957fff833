import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../components/common/PageHeader.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("notFound.title")} lead={t("notFound.lead")} />
      <Link className="button button--primary" to="/">
        {t("nav.home")}
      </Link>
    </>
  );
}
