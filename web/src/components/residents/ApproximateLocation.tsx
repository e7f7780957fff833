import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { errorId, fieldId } from "../../lib/field-errors.ts";
import { FieldErrorText } from "../form/FieldErrorText.tsx";

/** Optional: the browser's position, which the server stores only snapped to a ~250 m grid cell. */
export function ApproximateLocation({
  value,
  onChange,
  errors = [],
}: {
  value: { lat: number; lng: number } | null;
  onChange: (next: { lat: number; lng: number } | null) => void;
  errors?: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"idle" | "locating" | "denied">("idle");
  function locate() {
    if (!("geolocation" in navigator)) {
      setStatus("denied");
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStatus("idle");
        onChange({
          lat: Number(pos.coords.latitude.toFixed(5)),
          lng: Number(pos.coords.longitude.toFixed(5)),
        });
      },
      () => setStatus("denied"),
      { enableHighAccuracy: false, timeout: 15000 },
    );
  }
  return (
    <div className="field" id={fieldId("location")} tabIndex={-1}>
      <p className="field__label">
        {t("resident.location")}
        <span className="field__optional">{t("form.optional")}</span>
      </p>
      <p className="field__hint">{t("resident.locationHint")}</p>
      <div className="inline-controls">
        {value ? (
          <>
            <p className="location-chip">{t("resident.locationSet")}</p>
            <button type="button" className="button button--tertiary" onClick={() => onChange(null)}>
              {t("resident.locationClear")}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--tertiary"
            onClick={locate}
            disabled={status === "locating"}
            aria-describedby={errors.length ? errorId("location") : undefined}
          >
            {status === "locating" ? t("search.locating") : t("resident.locationUse")}
          </button>
        )}
      </div>
      <p role="status" className="field__hint">
        {status === "denied" ? t("search.locationDenied") : ""}
      </p>
      <FieldErrorText id={errorId("location")} errors={errors} />
    </div>
  );
}
