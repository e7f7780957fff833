import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { PROGRAM_CATALOGUE } from "../../../src/programs/domain/program-catalogue.ts";
import { ApiError } from "../api/http.ts";
import { useProgramRules } from "../api/programs.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { Field } from "../components/form/Field.tsx";
import { RevertOverrideForm } from "../components/programs/RevertOverrideForm.tsx";
import { RuleOverrideForm } from "../components/programs/RuleOverrideForm.tsx";
import { RuleSectionList } from "../components/programs/RuleSectionList.tsx";
import { useRegionNames } from "../components/programs/use-region-names.ts";
import { RegionSelect } from "../components/region/RegionSelect.tsx";
import { regionCodeOf, regionValueFromCode } from "../components/region/region-value.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { can } from "../lib/access.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";
import "../components/programs/programs.css";

const currentYear = () =>
  Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric" }).format(new Date()));

/**
 * /programs/:code: a program's rules in force for a region, in plain words, with their level,
 * confidence and source. A district officer sees their own district and may change its rules (and
 * undo that); an administrator picks any region; everyone else may pick a region to look at.
 */
export function ProgramDetailPage() {
  const { t } = useTranslation();
  const { pick, locale } = useLanguage();
  const { code = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const { user } = useAuth();
  const [notice, setNotice] = useState("");
  const program = PROGRAM_CATALOGUE.find((p) => p.code === code);
  const fixedRegion = user?.role === "district_officer" ? user.regionCode : null;
  const region =
    fixedRegion ??
    params.get("region") ??
    (user?.role === "metropolitan_officer" ? user.regionCode : null) ??
    "";
  const yearParam = Number(params.get("year")) || undefined;
  const rules = useProgramRules(program ? code : undefined, yearParam, region || undefined);
  const names = useRegionNames(region ? region.slice(0, 2) : undefined);
  if (!program) return <NotFoundPage />;

  const view = rules.data;
  const year = view?.year ?? yearParam ?? currentYear();
  const years = [...new Set([currentYear() - 1, currentYear(), year])].sort();
  const editRegion =
    user && can(user, "programs.rules_update") && region
      ? user.role === "system_admin" || user.regionCode === region
        ? region
        : null
      : null;
  const ownOverride = view?.overrides.find((o) => o.regionPrefix === editRegion);
  const regionName = region ? names.fullName(region) : "";
  const originName = (section: string) => {
    const origin = view?.sectionOrigin[section] ?? "national";
    return origin === "national" ? t("programs.origin.national") : names.name(origin);
  };
  function setSearch(next: { region?: string; year?: string }) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
    setNotice("");
  }
  const missingYear = rules.error instanceof ApiError && rules.error.status === 404;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso));

  return (
    <div className="program-detail">
      <p className="back-link">
        <Link to="/programs">
          <span aria-hidden="true">← </span>
          {t("programs.back")}
        </Link>
      </p>
      <PageHeader
        title={pick(program.nameKo, program.nameEn)}
        lead={t("programs.detailLead", { year, ministry: pick(program.ministryKo, program.ministryEn) })}
      >
        <p>{pick(program.summaryKo, program.summaryEn)}</p>
      </PageHeader>

      <section className="panel program-region" aria-labelledby="program-region-title">
        <h2 id="program-region-title" className="section-title section-title--small">
          {t("programs.regionTitle")}
        </h2>
        {fixedRegion ? (
          <p>{t("programs.regionFixed", { region: regionName })}</p>
        ) : (
          <>
            <p className="section-lead">{t("programs.regionHint")}</p>
            <RegionSelect
              fieldKey="rules-region"
              value={regionValueFromCode(region)}
              onChange={(next) => setSearch({ region: regionCodeOf(next) })}
            />
          </>
        )}
        <Field fieldKey="rules-year" label={t("programs.year")} plain className="program-region__year">
          {(props) => (
            <select
              {...props}
              className="select"
              value={String(year)}
              onChange={(e) => setSearch({ year: e.target.value })}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {t("programs.yearOption", { year: y })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>

      {rules.isLoading ? <LoadingMessage /> : null}
      {missingYear ? <p className="empty-note">{t("programs.noRules")}</p> : null}
      {rules.error && !missingYear ? (
        <ErrorMessage error={rules.error} onRetry={() => void rules.refetch()} />
      ) : null}

      {view ? (
        <>
          <section className="program-rules" aria-labelledby="program-rules-title">
            <h2 id="program-rules-title" className="section-title">
              {t("programs.rulesTitle")}
              <span className="program-rules__where">
                {region ? t("programs.regionShown", { region: regionName }) : t("programs.nationalShown")}
              </span>
            </h2>
            {view.directJob ? <p className="program-rules__note">{t("programs.directJob")}</p> : null}
            {view.needsReview.length ? (
              <div className="alert alert--warning">
                <p>{t("programs.reviewSummary", { count: view.needsReview.length })}</p>
              </div>
            ) : null}
            <RuleSectionList view={view} ownRegion={fixedRegion} regionName={names.name} />
            {pick(view.notesKo, view.notesEn) ? (
              <p className="program-rules__note">
                <strong>{t("programs.notes")}</strong> {pick(view.notesKo, view.notesEn)}
              </p>
            ) : null}
          </section>

          <section className="program-overrides" aria-labelledby="program-overrides-title">
            <h2 id="program-overrides-title" className="section-title section-title--small">
              {t("programs.overridesTitle")}
            </h2>
            {view.overrides.length ? (
              <ul className="program-overrides__list">
                {view.overrides.map((o) => (
                  <li key={o.regionPrefix}>
                    {t("programs.overrideRow", {
                      region: names.fullName(o.regionPrefix),
                      sections: o.sections.map((s) => t(`programs.sections.${s}`)).join(", "),
                      version: o.version,
                      date: date(o.updatedAt),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("programs.noOverrides")}</p>
            )}
          </section>

          <div role="status" className={notice ? "alert alert--success program-notice" : "program-notice"}>
            {notice}
          </div>
          {editRegion ? (
            <>
              <RuleOverrideForm
                key={`${editRegion}-${view.year}-${ownOverride?.version ?? 0}`}
                view={view}
                year={view.year}
                region={editRegion}
                regionName={names.fullName(editRegion)}
                originName={originName}
                onSaved={() => setNotice(t("programs.edit.saved"))}
              />
              {ownOverride ? (
                <RevertOverrideForm
                  key={`revert-${editRegion}-${view.year}-${ownOverride.version}`}
                  view={view}
                  year={view.year}
                  region={editRegion}
                  regionName={names.fullName(editRegion)}
                  sections={ownOverride.sections}
                  onReverted={() => setNotice(t("programs.revert.done"))}
                />
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
