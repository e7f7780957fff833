import { Outlet } from "react-router";
import { SessionTimeout } from "../components/auth/SessionTimeout.tsx";
import { Masthead } from "../components/layout/Masthead.tsx";
import { SiteFooter } from "../components/layout/SiteFooter.tsx";
import { SiteHeader } from "../components/layout/SiteHeader.tsx";
import { SkipLink } from "../components/layout/SkipLink.tsx";
import { useFocusOnNavigation } from "../hooks/use-focus-on-navigation.ts";

export const MAIN_ID = "main-content";

export function Layout() {
  useFocusOnNavigation(MAIN_ID);
  return (
    <>
      <SkipLink target={MAIN_ID} />
      <Masthead />
      <SiteHeader />
      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <SessionTimeout />
    </>
  );
}
