import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useAuth } from "../../app/auth-context.ts";
import { navItemsFor } from "../../lib/navigation.ts";

/** The main menu: what the signed-in role can use (src/lib/navigation.ts). */
export function SiteNav({ id, open, onNavigate }: { id: string; open: boolean; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <nav id={id} className={`site-nav${open ? " site-nav--open" : ""}`} aria-label={t("layout.navLabel")}>
      <ul className="container site-nav__list">
        {navItemsFor(user).map((link) => (
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
