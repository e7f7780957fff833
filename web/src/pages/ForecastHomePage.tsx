import { Navigate } from "react-router";
import { useAuth } from "../app/auth-context.ts";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";

/**
 * /forecasts: where each person starts. A district officer sees the own 시군구's forecast, a
 * metropolitan officer the gap map of the own 시도, the ministry the pilot districts side by
 * side, everyone else the map of the whole country.
 */
export function ForecastHomePage() {
  const { user, status } = useAuth();
  if (status === "loading") return <LoadingMessage />;
  const code = user?.regionCode ?? "";
  if (/^\d{5}$/.test(code)) return <Navigate to={`/forecasts/${code}`} replace />;
  if (/^\d{2}$/.test(code)) return <Navigate to={`/forecasts/map?sido=${code}`} replace />;
  if (user?.role === "ministry") return <Navigate to="/forecasts/compare" replace />;
  return <Navigate to="/forecasts/map" replace />;
}
