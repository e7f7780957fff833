import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import "./forecasts.css";

/**
 * The three forecast views, as links (each is its own page and URL): one region's forecast, the
 * gap map, and the pilot districts side by side.
 */
export function ForecastNav({ regionCode }: { regionCode?: string | undefined }) {
  const { t } = useTranslation();
  const links = [
    { to: regionCode ? `/forecasts/${regionCode}` : "/forecasts", key: "region", end: true },
    { to: "/forecasts/map", key: "map", end: true },
    { to: "/forecasts/compare", key: "compare", end: true },
  ];
  return (
    <nav className="forecast-nav" aria-label={t("forecasts.nav.label")}>
      <ul className="forecast-nav__list">
        {links.map((link) => (
          <li key={link.key}>
            <NavLink to={link.to} end={link.end} className="forecast-nav__link">
              {t(`forecasts.nav.${link.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
