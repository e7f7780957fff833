import { useTranslation } from "react-i18next";

/**
 * Where a section comes from: 전국, a 시도 or a 시군구, and "우리 구/시/군" when it is the
 * signed-in officer's own district.
 */
export function OriginTag({
  origin,
  ownRegion,
  regionName,
}: {
  origin: string;
  ownRegion: string | null;
  regionName: (code: string) => string;
}) {
  const { t } = useTranslation();
  let level: "national" | "sido" | "sigungu" | "ours" = "national";
  if (origin !== "national") level = origin === ownRegion ? "ours" : origin.length === 2 ? "sido" : "sigungu";
  const name = origin === "national" ? "" : regionName(origin);
  const unit = /[구시군]$/.exec(name)?.[0] ?? "구";
  return (
    <span className={`origin-tag origin-tag--${level}`}>
      <span className="visually-hidden">{t("programs.originLabel")}: </span>
      {t(`programs.origin.${level}`, { name, unit })}
    </span>
  );
}
