import { useState } from "react";
import { useTranslation } from "react-i18next";

const RADII = ["2", "5", "10", "20", "50"];

/** Optional "near me": asks the browser for the position once, then a radius to search within. */
export function NearMeControl({
  lat,
  lng,
  radiusKm,
  onChange,
}: {
  lat: string;
  lng: string;
  radiusKm: string;
  onChange: (next: { lat: string; lng: string; radiusKm: string }) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"idle" | "locating" | "denied" | "unsupported">("idle");
  const active = Boolean(lat && lng);
  function locate() {
    if (!("geolocation" in navigator)) {
      setStatus("unsupported");
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStatus("idle");
        onChange({
          lat: pos.coords.latitude.toFixed(4),
          lng: pos.coords.longitude.toFixed(4),
          radiusKm: radiusKm || "5",
        });
      },
      () => setStatus("denied"),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  }
  return (
    <div className="near-me">
      {active ? (
        <div className="near-me__active">
          <label htmlFor="f-radiusKm" className="field__label">
            {t("search.radius")}
          </label>
          <div className="inline-controls">
            <select
              id="f-radiusKm"
              className="select"
              value={radiusKm || "5"}
              onChange={(e) => onChange({ lat, lng, radiusKm: e.target.value })}
            >
              {RADII.map((r) => (
                <option key={r} value={r}>
                  {t("format.km", { value: r })}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--tertiary"
              onClick={() => onChange({ lat: "", lng: "", radiusKm: "" })}
            >
              {t("search.nearMeOff")}
            </button>
          </div>
          <p className="field__hint">{t("search.nearMeOn")}</p>
        </div>
      ) : (
        <button
          type="button"
          className="button button--tertiary"
          onClick={locate}
          disabled={status === "locating"}
        >
          {status === "locating" ? t("search.locating") : t("search.nearMe")}
        </button>
      )}
      <p role="status" className="field__hint">
        {status === "denied"
          ? t("search.locationDenied")
          : status === "unsupported"
            ? t("search.locationUnsupported")
            : ""}
      </p>
    </div>
  );
}
