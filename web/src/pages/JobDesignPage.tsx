import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useJobDesign } from "../api/job-design.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { DemandGapTable } from "../components/job-design/DemandGapTable.tsx";
import { SuggestionCard } from "../components/job-design/SuggestionCard.tsx";
import { RegionSelect } from "../components/region/RegionSelect.tsx";
import { type RegionValue, regionValueFromCode } from "../components/region/region-value.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import { useFormat } from "../lib/use-format.ts";
import "../components/job-design/job-design.css";

/**
 * /job-design (직무 설계): for one 시군구, the occupations its forecast gap and profile call for,
 * with reasons, people, months and budget by who pays. A district officer sees their district;
 * 시도 officers, the ministry and administrators choose one (?region=). Officers who may post
 * work turn a suggestion into draft work items.
 */
export function JobDesignPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const own = user?.regionCode && /^\d{5}$/.test(user.regionCode) ? user.regionCode : null;
  const chosen = own ?? params.get("region") ?? "";
  const picker: RegionValue = regionValueFromCode(chosen || user?.regionCode || "");
  const design = useJobDesign(/^\d{5}$/.test(chosen) ? chosen : undefined);
  const data = design.data;

  function choose(next: RegionValue) {
    const search: Record<string, string> = {};
    if (next.sigungu) search.region = next.sigungu;
    else if (next.sido) search.region = next.sido;
    setParams(search);
  }

  return (
    <>
      <PageHeader title={t("jobDesign.title")} lead={t("jobDesign.lead")}>
        <p>
          <Link to="/occupations">{t("jobDesign.catalogueLink")}</Link>
        </p>
      </PageHeader>
      {own ? null : (
        <section className="page-section" aria-labelledby="job-design-region">
          <h2 id="job-design-region" className="section-title section-title--small">
            {t("jobDesign.chooseRegion")}
          </h2>
          <RegionSelect fieldKey="job-design-region" value={picker} onChange={choose} sigunguRequired />
        </section>
      )}
      {design.isLoading ? <LoadingMessage /> : null}
      {design.error ? <ErrorMessage error={design.error} onRetry={() => void design.refetch()} /> : null}
      {data ? (
        <>
          <section className="page-section" aria-labelledby="job-design-demand">
            <h2 id="job-design-demand" className="section-title">
              {t("jobDesign.demandTitle", { region: pick(data.region.fullNameKo, data.region.fullNameEn) })}
            </h2>
            <p className="section-lead">
              {t("jobDesign.demandLead", {
                from: f.date(data.window.from),
                to: f.date(data.window.to),
                asOf: f.period(data.asOf),
              })}
            </p>
            <DemandGapTable demand={data.demand} />
          </section>
          <section className="page-section" aria-labelledby="job-design-suggestions">
            <h2 id="job-design-suggestions" className="section-title">
              {t("jobDesign.suggestionsTitle")}
            </h2>
            <p className="job-design-totals" role="status">
              <span>{t("jobDesign.totalsPeople", { value: f.number(data.totals.positions) })}</span>
              <span>{t("jobDesign.totalsBudget", { value: f.won(data.totals.budget) })}</span>
              <span>
                {t("jobDesign.minimumWage", {
                  year: data.minimumWage.year,
                  value: f.won(data.minimumWage.wage),
                })}
              </span>
            </p>
            {data.items.length === 0 ? <p className="empty-note">{t("jobDesign.empty")}</p> : null}
            <ol className="suggestion-list">
              {data.items.map((s) => (
                <li key={s.occupation.code}>
                  <SuggestionCard
                    suggestion={s}
                    regionCode={data.region.code}
                    startDate={data.startDate}
                    canDraft={can(user, "job_design.draft")}
                  />
                </li>
              ))}
            </ol>
            {data.notes.length > 0 ? (
              <div className="alert alert--info">
                <p>{t("jobDesign.notesTitle")}</p>
                <ul>
                  {data.notes.map((n) => (
                    <li key={n.en}>{pick(n.ko, n.en)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}
