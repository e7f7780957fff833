import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParticipations } from "../../api/participations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { ParticipationRecordForm } from "./ParticipationRecordForm.tsx";

/**
 * A person's recorded participation across programs (what screening checks for overlaps and
 * repeated years), with months worked per field, and a short form to record one more from the
 * paper records (a 409 names the direct job it would overlap).
 */
export function ParticipationHistory({ residentId, canRecord }: { residentId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const history = useParticipations(residentId);
  const [adding, setAdding] = useState(false);
  const data = history.data;
  return (
    <section className="participation-history" aria-labelledby="participation-history-title">
      <h4 id="participation-history-title" className="participation-history__title">
        {t("cohorts.history.title")}
      </h4>
      {history.isLoading ? <LoadingMessage /> : null}
      {history.error ? <ErrorMessage error={history.error} /> : null}
      {data && data.items.length === 0 ? <p className="muted">{t("cohorts.history.none")}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="participation-history__list">
          {data.items.map((p) => (
            <li key={p.id}>
              <strong>{pick(p.programNameKo, p.programNameEn)}</strong>{" "}
              {t("cohorts.range", {
                from: f.date(p.startDate),
                to: p.endDate ? f.date(p.endDate) : t("cohorts.history.ongoing"),
              })}
              {p.field ? ` · ${labels.category(p.field)}` : ""}
              {" · "}
              {t(`cohorts.history.source.${p.source}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {data && Object.keys(data.careerMonths).length ? (
        <p className="field__hint">
          {t("cohorts.history.career")}{" "}
          {Object.entries(data.careerMonths)
            .map(([field, m]) =>
              t("cohorts.history.careerItem", { field: labels.category(field), months: m.totalMonths }),
            )
            .join(", ")}
        </p>
      ) : null}
      {canRecord && !adding ? (
        <button
          type="button"
          className="button button--tertiary button--small"
          onClick={() => setAdding(true)}
        >
          {t("cohorts.history.add")}
        </button>
      ) : null}
      {canRecord && adding ? (
        <ParticipationRecordForm residentId={residentId} onDone={() => setAdding(false)} />
      ) : null}
    </section>
  );
}
