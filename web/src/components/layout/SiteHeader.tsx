import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AccountBar } from "./AccountBar.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { LargeTextToggle } from "./LargeTextToggle.tsx";
import { ServiceLogo } from "./ServiceLogo.tsx";
import { SiteNav } from "./SiteNav.tsx";

export function SiteHeader() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link to="/" className="site-header__brand">
          <ServiceLogo />
          <span className="site-header__name">{t("app.name")}</span>
          <span className="site-header__tagline">{t("app.tagline")}</span>
        </Link>
        <button
          type="button"
          className="site-header__menu-button"
          aria-expanded={menuOpen}
          aria-controls={navId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="tool-button__icon">
            {menuOpen ? (
              <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            ) : (
              <path
                d="M3 5h14M3 10h14M3 15h14"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            )}
          </svg>
          {menuOpen ? t("layout.menuClose") : t("layout.menuOpen")}
        </button>
        {/* Before the tools in the page's order, as on screen (focus order follows what is seen). */}
        <div className="site-header__account">
          <AccountBar />
        </div>
        <div className="site-header__tools">
          <LargeTextToggle />
          <LanguageSwitch />
        </div>
      </div>
      <SiteNav id={navId} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
    </header>
  );
}
