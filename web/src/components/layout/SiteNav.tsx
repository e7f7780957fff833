import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

const LINKS = [
  { to: "/", key: "home", end: true },
  { to: "/work-items", key: "workItems", end: false },
  { to: "/residents/new", key: "residentNew", end: false },
  { to: "/organizations/work-items/new", key: "workItemNew", end: false },
] as const;

export function SiteNav({ id, open, onNavigate }: { id: string; open: boolean; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <nav id={id} className={`site-nav${open ? " site-nav--open" : ""}`} aria-label={t("layout.navLabel")}>
      <ul className="container site-nav__list">
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="site-nav__link" onClick={onNavigate}>
              {t(`nav.${link.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
