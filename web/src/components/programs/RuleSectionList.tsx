import { useTranslation } from "react-i18next";
import type { ProgramRulesView } from "../../api/programs.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { OriginTag } from "./OriginTag.tsx";
import { provenanceOf, SECTION_ORDER, sectionLines } from "./rule-text.ts";

/**
 * The rules in force, section by section, in plain words: where each comes from (전국 / 시도 /
 * 우리 구), how sure it is and its source, and "검토 필요" on unconfirmed figures.
 */
export function RuleSectionList({
  view,
  ownRegion,
  regionName,
}: {
  view: ProgramRulesView;
  ownRegion: string | null;
  regionName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const labels = useLabels();
  const helpers = { t, language, pick, place: regionName, group: labels.group };
  const sections = SECTION_ORDER.filter((key) => view.effective[key] !== undefined);
  return (
    <ul className="rule-sections">
      {sections.map((key) => {
        const section = view.effective[key];
        if (section === undefined) return null;
        const review = view.needsReview.includes(key);
        const provenance = provenanceOf(section);
        const titleId = `rule-${key}`;
        return (
          <li key={key} className={`rule-section${review ? " rule-section--review" : ""}`}>
            <article aria-labelledby={titleId}>
              <div className="rule-section__head">
                <h3 id={titleId} className="rule-section__title">
                  {t(`programs.sections.${key}`)}
                </h3>
                <OriginTag
                  origin={view.sectionOrigin[key] ?? "national"}
                  ownRegion={ownRegion}
                  regionName={regionName}
                />
                {review ? <span className="badge badge--review">{t("programs.review")}</span> : null}
              </div>
              <ul className="rule-section__lines">
                {sectionLines(key, section, helpers).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {review ? <p className="rule-section__review">{t("programs.reviewHint")}</p> : null}
              {provenance ? (
                <p className="rule-section__source">
                  <span className={`confidence confidence--${provenance.confidence}`}>
                    <span className="visually-hidden">{t("programs.confidenceLabel")}: </span>
                    {t(`programs.confidence.${provenance.confidence}`)}
                  </span>{" "}
                  <span className="rule-section__source-text">
                    {t("programs.source")}: {provenance.sources.join(" / ")}
                  </span>
                </p>
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
