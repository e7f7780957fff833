import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation, scroll to the top and move focus to the page's <h1> (or main),
 * so that screen-reader and keyboard users start at the new content, as on a full page load.
 */
export function useFocusOnNavigation(mainId: string) {
  const { pathname, key } = useLocation();
  // The first page of a visit is a full page load: leave focus where the browser puts it, so that
  // the first Tab reaches the skip link. (A ref would not do: Suspense may remount this component.)
  const isInitialLoad = key === "default";
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page (pathname)
  useEffect(() => {
    if (isInitialLoad) return;
    window.scrollTo(0, 0);
    // Wait a frame so that the new page has rendered its heading.
    const frame = window.requestAnimationFrame(() => {
      const main = document.getElementById(mainId);
      const heading = main?.querySelector<HTMLElement>("h1");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else {
        main?.focus({ preventScroll: true });
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [pathname, mainId]);
}
