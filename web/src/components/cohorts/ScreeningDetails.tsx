import { useTranslation } from "react-i18next";
import type { TApplication, TCohort } from "../../api/cohorts.ts";
import type { TEligibilityReason } from "../../api/eligibility.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ReasonList } from "../eligibility/ReasonList.tsx";
import { todayInSeoul } from "./cohort-rules.ts";

type StoredReason = NonNullable<TApplication["screening"]>["reasons"][number];

/** A stored verdict line in the shape the self-check's reason list reads (✓ ✗ ? with words). */
function asReason(r: StoredReason): TEligibilityReason {
  const outcome = r.outcome === "failed" || r.outcome === "unknown" ? r.outcome : "passed";
  return {
    rule: r.rule,
    outcome,
    passed: outcome === "passed",
    messageKo: r.messageKo,
    messageEn: r.messageEn,
  };
}

/**
 * One applicant's screening, opened from their row: the verdict rule by rule (✓ met, ✗ not met,
 * ? to confirm), the facts still missing, the score and what it is made of, and the decision's
 * reason. Before screening it says that screening has not run.
 */
export function ScreeningDetails({ app, cohort }: { app: TApplication; cohort: TCohort }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const s = app.screening;
  const workItem = cohort.workItems.find((w) => w.workItemId === app.workItemId);
  const decision = pick(app.decisionReasonKo, app.decisionReasonEn);
  return (
    <div className="screening">
      {decision ? (
        <p className="screening__decision">
          <strong>{t("cohorts.screening.decisionReason")}</strong> {decision}
        </p>
      ) : null}
      {workItem ? (
        <p>
          <strong>{t("cohorts.screening.placedAt")}</strong> {workItem.titleKo}
        </p>
      ) : null}
      {!s ? (
        <p className="muted">{t("cohorts.screening.notYet")}</p>
      ) : (
        <div className="screening__columns">
          <div>
            <h3 className="screening__title">{t("cohorts.screening.reasonsTitle", { year: s.rulesYear })}</h3>
            <ReasonList reasons={s.reasons.map(asReason)} />
            {s.missing.length ? (
              <p className="screening__missing">
                <strong>{t("cohorts.screening.missing")}</strong>{" "}
                {s.missing.map((fact) => t(`eligibility.facts.${fact}`, { defaultValue: fact })).join(", ")}
              </p>
            ) : null}
          </div>
          <div>
            <h3 className="screening__title">
              {app.score === null
                ? t("cohorts.screening.noScore")
                : t("cohorts.screening.scoreTitle", { score: f.number(app.score) })}
            </h3>
            {s.scoreComponents.length ? (
              <ul className="score-parts">
                {s.scoreComponents.map((c) => (
                  <li key={c.kind}>
                    <span className="score-parts__points">
                      {t("cohorts.screening.points", { points: f.number(c.points) })}
                    </span>
                    <span>{pick(c.messageKo, c.messageEn)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="field__hint">
              {t("cohorts.screening.screenedAt", { when: f.date(todayInSeoul(new Date(s.screenedAt))) })}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
