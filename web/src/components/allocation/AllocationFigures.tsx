import { useTranslation } from "react-i18next";
import type { TAllocationRun } from "../../api/allocation-runs.ts";
import { useFormat } from "../../lib/use-format.ts";

/**
 * What the run found, in figures: places filled against places offered, the total score and
 * whether it is proven the best possible (the bound), the age cap when the program has one, and
 * each work item's places.
 */
export function AllocationFigures({ run }: { run: TAllocationRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  const stats = run.stats!;
  const points = (value: number) => t("allocation.points", { value: f.number(Math.round(value * 10) / 10) });
  return (
    <div className="allocation-figures">
      <dl className="count-cards">
        <div className="count-card count-card--lead">
          <dt>{t("allocation.figures.assigned")}</dt>
          <dd>
            {t("allocation.figures.assignedValue", {
              assigned: f.number(stats.assigned),
              places: f.people(Math.min(stats.itemPlaces, stats.cohortPlaces)),
            })}
          </dd>
        </div>
        <div className="count-card">
          <dt>{t("allocation.figures.applicants")}</dt>
          <dd>{f.people(stats.applicants)}</dd>
        </div>
        <div className="count-card">
          <dt>{t("allocation.figures.total")}</dt>
          <dd>{points(run.objective ?? 0)}</dd>
        </div>
        <div className="count-card">
          <dt>{t("allocation.figures.proof")}</dt>
          <dd>
            {run.optimal
              ? t("allocation.figures.optimal")
              : t("allocation.figures.gap", { bound: points(run.bound ?? 0) })}
          </dd>
        </div>
      </dl>
      <p className="field__hint">
        {t("allocation.figures.explain", {
          pairs: f.number(stats.candidatePairs),
          excluded: f.number(stats.excludedPairs),
          seconds: f.number(Math.round(stats.seconds * 100) / 100),
        })}
      </p>
      {stats.seniorCap ? (
        <p>
          {t("allocation.figures.seniorCap", {
            age: stats.seniorCap.age,
            share: f.number(Math.round(stats.seniorCap.maxShare * 100)),
            limit: f.people(stats.seniorCap.limit),
            assigned: f.people(stats.seniorCap.assigned),
          })}
        </p>
      ) : null}
      <ul className="allocation-items">
        {stats.perWorkItem.map((item) => (
          <li key={item.workItemId}>
            {t("allocation.figures.item", {
              title: item.title,
              assigned: f.number(item.assigned),
              places: f.people(item.places),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
