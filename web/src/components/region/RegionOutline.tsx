import { useTranslation } from "react-i18next";
import { useRegionBoundary } from "../../api/regions.ts";
import { boundaryToSvgPath } from "../../lib/geo-path.ts";

/** The region's outline from its GeoJSON boundary, drawn as one SVG path. */
export function RegionOutline({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const boundary = useRegionBoundary(code);
  const shape = boundary.data ? boundaryToSvgPath(boundary.data, 200) : null;
  if (!shape) return <div className="region-outline region-outline--empty" aria-hidden="true" />;
  const pad = 6;
  return (
    <svg
      className="region-outline"
      viewBox={`${-pad} ${-pad} ${shape.width + pad * 2} ${shape.height + pad * 2}`}
      role="img"
      aria-label={t("home.outlineLabel", { name })}
    >
      <path d={shape.d} className="region-outline__shape" fillRule="evenodd" />
    </svg>
  );
}
