import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AuthUser } from "../../api/auth.ts";
import { useRoleLabel } from "../../lib/use-role-label.ts";
import { PageHeader } from "../common/PageHeader.tsx";

/** A page this role may not use: says which role is signed in, and offers the way home. */
export function NotAllowed({ user }: { user: AuthUser }) {
  const { t } = useTranslation();
  const role = useRoleLabel(user);
  return (
    <>
      <PageHeader title={t("auth.forbidden.title")} lead={t("auth.forbidden.lead", { role })} />
      <Link className="button button--primary" to="/">
        {t("nav.home")}
      </Link>
    </>
  );
}
