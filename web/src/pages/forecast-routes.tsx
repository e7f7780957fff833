import { lazy, type ReactNode, Suspense } from "react";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";

/**
 * The forecast pages, loaded on first visit: they bring d3 and topojson, which no other page
 * needs, so the app's first load stays as it was.
 */
const ForecastHomePage = lazy(() =>
  import("./ForecastHomePage.tsx").then((m) => ({ default: m.ForecastHomePage })),
);
const ForecastPage = lazy(() => import("./ForecastPage.tsx").then((m) => ({ default: m.ForecastPage })));
const ForecastMapPage = lazy(() =>
  import("./ForecastMapPage.tsx").then((m) => ({ default: m.ForecastMapPage })),
);
const ForecastComparePage = lazy(() =>
  import("./ForecastComparePage.tsx").then((m) => ({ default: m.ForecastComparePage })),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingMessage />}>{children}</Suspense>;
}

export const forecastRouteElements = {
  home: (
    <Loading>
      <ForecastHomePage />
    </Loading>
  ),
  region: (
    <Loading>
      <ForecastPage />
    </Loading>
  ),
  map: (
    <Loading>
      <ForecastMapPage />
    </Loading>
  ),
  compare: (
    <Loading>
      <ForecastComparePage />
    </Loading>
  ),
};
