import { geoMercator, geoPath } from "d3-geo";
import { useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { feature, mesh } from "topojson-client";
import type { BoundaryProperties } from "../../../../src/regions/domain/boundary-topology.ts";
import type { SigunguTopology } from "../../api/forecasts.ts";
import { useElementWidth } from "../../hooks/use-element-width.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import type { GapFigures } from "./gap-figures.ts";
import { usePerThousand } from "./use-per-thousand.ts";

const PAD = 8;
const MAX_HEIGHT = 760;

/** The 시도 of a map geometry (mesh filters see untyped geometries). */
const sidoOf = (geometry: { properties?: unknown }) =>
  (geometry.properties as BoundaryProperties | undefined)?.code.slice(0, 2);

export interface MapRegion {
  code: string;
  /** "서울 관악구": with the 시도 where the map shows the whole country. */
  label: string;
  figures: GapFigures | null;
  /** Shading class: -1 covered, 0–4 short of work, null no figures. */
  shade: number | null;
}

/**
 * The 시군구 map shaded by forecast gap, drawn from the TopoJSON of /api/regions/map/sigungu with
 * d3-geo (Mercator fitted to the regions shown) into SVG; no tiles, nothing from the network.
 * Every region is a link (Tab reaches it, Enter opens its forecast) named with its figures; the
 * region under the pointer or focus is outlined and its figures shown below the map.
 */
export function GapMap({
  topology,
  regions,
  title,
  showSidoBorders,
}: {
  topology: SigunguTopology;
  regions: ReadonlyMap<string, MapRegion>;
  title: string;
  showSidoBorders: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const perK = usePerThousand();
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [active, setActive] = useState<string | null>(null);

  const shapes = useMemo(() => feature(topology, topology.objects.sigungu), [topology]);
  const sidoBorders = useMemo(
    () => mesh(topology, topology.objects.sigungu, (a, b) => a !== b && sidoOf(a) !== sidoOf(b)),
    [topology],
  );
  // Fitted to the width first, to learn the height the regions need; then into that box.
  const [[, top], [, bottom]] = geoPath(geoMercator().fitWidth(width - 2 * PAD, shapes)).bounds(shapes);
  // Never taller than most screens: the whole country should be seen at once.
  const height = Math.min(Math.ceil(bottom - top) + 2 * PAD, Math.round(width * 1.6), MAX_HEIGHT);
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [width - PAD, height - PAD],
    ],
    shapes,
  );
  const path = geoPath(projection);

  const figuresText = (region: MapRegion | undefined) => {
    if (!region?.figures) return t("forecasts.map.noFigures");
    const g = region.figures;
    return g.gapHours > 0
      ? t("forecasts.map.shortText", {
          perThousand: perK(g.gapPerThousand),
          hours: f.number(Math.round(g.gapHours)),
        })
      : t("forecasts.map.coveredText", { hours: f.number(Math.round(-g.gapHours)) });
  };
  const activeShape = active ? shapes.features.find((s) => s.properties.code === active) : undefined;
  const activeRegion = active ? regions.get(active) : undefined;

  return (
    <div className="gap-map" ref={box}>
      <svg
        className="gap-map__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-labelledby={titleId}
        onMouseLeave={() => setActive(null)}
      >
        <title id={titleId}>{title}</title>
        {shapes.features.map((shape) => {
          const code = shape.properties.code;
          const region = regions.get(code);
          const name = region?.label ?? pick(shape.properties.nameKo, shape.properties.nameEn);
          const shade = region?.shade ?? null;
          return (
            <a
              key={code}
              href={`/forecasts/${code}`}
              aria-label={t("forecasts.map.regionLabel", { name, figures: figuresText(region) })}
              className="gap-map__link"
              onClick={(event) => {
                event.preventDefault();
                navigate(`/forecasts/${code}`);
              }}
              onFocus={() => setActive(code)}
              onBlur={() => setActive((current) => (current === code ? null : current))}
              onMouseEnter={() => setActive(code)}
            >
              <path
                d={path(shape) ?? ""}
                className={`gap-map__region gap-map__region--${shade === null ? "none" : shade < 0 ? "covered" : `c${shade}`}`}
              />
            </a>
          );
        })}
        {showSidoBorders ? <path className="gap-map__sido-border" d={path(sidoBorders) ?? ""} /> : null}
        {activeShape ? <path className="gap-map__active" d={path(activeShape) ?? ""} /> : null}
      </svg>
      {/* For pointer users; keyboard and screen-reader users hear the same in the link's name. */}
      <p className="gap-map__info" aria-hidden="true">
        {activeRegion || activeShape ? (
          <>
            <strong>
              {activeRegion?.label ??
                (activeShape ? pick(activeShape.properties.nameKo, activeShape.properties.nameEn) : "")}
            </strong>{" "}
            {figuresText(activeRegion)}
          </>
        ) : (
          t("forecasts.map.hint")
        )}
      </p>
    </div>
  );
}
