import { useTranslation } from "react-i18next";
import type { AuthUser } from "../api/auth.ts";
import { useOrganization } from "../api/organizations.ts";
import { useRegion } from "../api/regions.ts";
import { useLanguage } from "../i18n/use-language.ts";

/** "관악구 담당 공무원", "서울특별시 광역 담당 공무원", "○○복지관 담당자", "주민": the role and where it acts. */
export function useRoleLabel(user: AuthUser | null): string {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const region = useRegion(user?.regionCode ?? undefined);
  const organization = useOrganization(
    user?.role === "institution_staff" ? (user.organizationId ?? undefined) : undefined,
  );
  if (!user) return "";
  const regionName = region.data ? pick(region.data.nameKo, region.data.nameEn) : null;
  switch (user.role) {
    case "district_officer":
    case "metropolitan_officer":
      return regionName
        ? t(`auth.role.${user.role}`, { region: regionName })
        : t(`auth.roleOnly.${user.role}`);
    case "institution_staff":
      return organization.data
        ? t("auth.role.institution_staff", { organization: organization.data.name })
        : t("auth.roleOnly.institution_staff");
    default:
      return t(`auth.roleOnly.${user.role}`);
  }
}
