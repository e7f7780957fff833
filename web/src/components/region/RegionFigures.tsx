import { useTranslation } from "react-i18next";
import type { TRegionDetail } from "../../api/regions.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { FigureCard } from "./FigureCard.tsx";

function share(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1000) / 10 : null;
}

/** The region's figures that matter for public jobs, each with its reference period and source. */
export function RegionFigures({ region }: { region: TRegionDetail }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const d = region.demographics;
  // The API gives the parent city's name in Korean only; its English name ends nameEn ("Paldal-gu, Suwon-si").
  const cityName = pick(region.cityNameKo ?? "", region.nameEn.split(", ")[1] ?? region.cityNameKo ?? "");
  const src = {
    mois: t("sources.mois"),
    employment: t("sources.kosisEmployment"),
    disabled: t("sources.kosisDisabled"),
    kordi: t("sources.kordi"),
  };
  const ofPopulation = (n: number) => {
    const s = share(n, d.population);
    return s === null ? undefined : t("figures.shareOfPopulation", { value: f.percent(s) });
  };
  const employmentNote =
    d.employmentScope === "city"
      ? t("figures.employmentCityNote", { city: cityName })
      : d.employmentScope === "sido"
        ? t("figures.employmentSidoNote")
        : undefined;
  const jobs = region.seniorJobs2022;
  return (
    <dl className="figure-grid">
      <FigureCard
        label={t("figures.population")}
        value={f.people(d.population)}
        period={f.period(d.populationPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.seniorShare")}
        value={d.seniorSharePercent === null ? null : f.percent(d.seniorSharePercent)}
        detail={t("figures.seniorDetail", {
          seniors: f.people(d.seniors65plus),
          old: f.people(d.seniors75plus),
        })}
        period={f.period(d.populationPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.children")}
        value={f.people(d.children0to17)}
        detail={ofPopulation(d.children0to17)}
        period={f.period(d.populationPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.youth")}
        value={f.people(d.youth19to34)}
        detail={ofPopulation(d.youth19to34)}
        period={f.period(d.populationPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.newMiddleAge")}
        value={f.people(d.newMiddleAge50to64)}
        detail={ofPopulation(d.newMiddleAge50to64)}
        period={f.period(d.populationPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.households")}
        value={d.households === null ? null : f.count(d.households)}
        period={f.period(d.householdsPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.singlePerson")}
        value={d.singlePersonHouseholds === null ? null : f.count(d.singlePersonHouseholds)}
        detail={
          d.singlePersonHouseholds !== null && d.households
            ? t("figures.shareOfHouseholds", {
                value: f.percent(share(d.singlePersonHouseholds, d.households) ?? 0),
              })
            : undefined
        }
        period={f.period(d.singlePersonHouseholdsPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.singlePersonSenior")}
        value={d.singlePersonHouseholds65plus === null ? null : f.count(d.singlePersonHouseholds65plus)}
        detail={t("figures.singlePersonSeniorDetail")}
        period={f.period(d.singlePersonHouseholdsPeriod)}
        source={src.mois}
      />
      <FigureCard
        label={t("figures.disabled")}
        value={d.disabledRegistered === null ? null : f.people(d.disabledRegistered)}
        detail={
          d.disabledSevere === null
            ? undefined
            : t("figures.disabledSevere", { value: f.people(d.disabledSevere) })
        }
        period={f.period(d.disabledPeriod)}
        source={src.disabled}
      />
      <FigureCard
        label={t("figures.employmentRate")}
        value={d.employmentRate === null ? null : f.percent(d.employmentRate)}
        detail={
          d.employmentRate15to64 !== null || d.unemploymentRate !== null
            ? [
                d.employmentRate15to64 !== null
                  ? t("figures.employment15to64", { value: f.percent(d.employmentRate15to64) })
                  : null,
                d.unemploymentRate !== null
                  ? t("figures.unemployment", { value: f.percent(d.unemploymentRate) })
                  : null,
              ]
                .filter(Boolean)
                .join(" · ")
            : undefined
        }
        note={employmentNote}
        period={f.period(d.employmentPeriod)}
        source={src.employment}
      />
      <FigureCard
        label={t("figures.seniorJobs")}
        value={t("figures.projects", { value: f.number(jobs.projects) })}
        detail={t("figures.targetJobs", { value: f.number(jobs.targetJobs) })}
        note={
          jobs.cityWide
            ? t("figures.seniorJobsCityWide", {
                city: cityName,
                projects: f.number(jobs.cityWide.projects),
                jobs: f.number(jobs.cityWide.targetJobs),
              })
            : undefined
        }
        period={f.period("2022")}
        source={src.kordi}
      />
    </dl>
  );
}
