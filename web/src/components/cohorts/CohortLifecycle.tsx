import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCohort, useCohortBulk, useCohortTransition } from "../../api/cohorts.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { CohortStatusBadge } from "./CohortStatusBadge.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { type CohortAction, canScreen, canSelectInOrder, nextCohortAction } from "./cohort-rules.ts";

type Asking = { kind: "transition"; action: CohortAction } | { kind: "select" } | null;

const STAGES = ["draft", "recruiting", "selecting", "running", "closed"] as const;

/**
 * Where the cohort is in its life (준비 → 모집 → 선발 → 진행 → 종료, as an ordered list whose
 * current step is marked in words), the one next move as a button with a confirmation, and the
 * two bulk steps of selection: 자격 심사 (screen everyone undecided) and 점수순 선발 (select in
 * score order, wait-list the rest, tell the ineligible why). Results are announced.
 */
export function CohortLifecycle({ cohort, canManage }: { cohort: TCohort; canManage: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const transition = useCohortTransition(cohort.id);
  const screen = useCohortBulk(cohort.id, "screen");
  const select = useCohortBulk(cohort.id, "select");
  const [asking, setAsking] = useState<Asking>(null);
  const [done, setDone] = useState("");
  const next = nextCohortAction(cohort.status);
  const current = STAGES.indexOf(cohort.status);

  function close() {
    setAsking(null);
    transition.reset();
    select.reset();
  }

  function confirm() {
    if (asking?.kind === "transition") {
      transition.mutate(asking.action, {
        onSuccess: (result) => {
          setDone(
            t("cohorts.lifecycle.moved", {
              status: t(`cohorts.status.${result.cohort.status}`),
            }),
          );
          setAsking(null);
        },
      });
    } else if (asking?.kind === "select") {
      select.mutate(undefined, {
        onSuccess: (result) => {
          setDone(t("cohorts.lifecycle.selected", { count: result.changed }));
          setAsking(null);
        },
      });
    }
  }

  function runScreening() {
    setDone("");
    screen.mutate(undefined, {
      onSuccess: (result) => setDone(t("cohorts.lifecycle.screened", { count: result.changed })),
    });
  }

  const bulkError = screen.error ?? (asking ? null : (select.error ?? transition.error));
  return (
    <section className="panel cohort-lifecycle" aria-labelledby="cohort-lifecycle-title">
      <h2 id="cohort-lifecycle-title" className="section-title section-title--small">
        {t("cohorts.lifecycle.title")}
      </h2>
      <p className="cohort-lifecycle__now">
        {t("cohorts.lifecycle.now")} <CohortStatusBadge status={cohort.status} />
      </p>
      <ol className="cohort-stages">
        {STAGES.map((stage, i) => (
          <li
            key={stage}
            className={`cohort-stages__item${i < current ? " is-done" : ""}${i === current ? " is-current" : ""}`}
            aria-current={i === current ? "step" : undefined}
          >
            <span className="cohort-stages__number" aria-hidden="true">
              {i < current ? "✓" : i + 1}
            </span>
            {t(`cohorts.status.${stage}`)}
            {i < current ? (
              <span className="visually-hidden"> ({t("cohorts.lifecycle.stageDone")})</span>
            ) : null}
          </li>
        ))}
      </ol>
      {canManage ? (
        <div className="cohort-lifecycle__actions">
          {next ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setDone("");
                setAsking({ kind: "transition", action: next });
              }}
            >
              {t(`cohorts.actions.${next}.button`)}
            </button>
          ) : null}
          {canScreen(cohort.status) ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={runScreening}
              aria-disabled={screen.isPending || undefined}
              disabled={screen.isPending}
            >
              {screen.isPending ? t("cohorts.lifecycle.screening") : t("cohorts.lifecycle.screen")}
            </button>
          ) : null}
          {canSelectInOrder(cohort.status) ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setDone("");
                setAsking({ kind: "select" });
              }}
            >
              {t("cohorts.lifecycle.select")}
            </button>
          ) : null}
        </div>
      ) : null}
      {canManage && next ? <p className="field__hint">{t(`cohorts.actions.${next}.hint`)}</p> : null}
      <p className="cohort-lifecycle__done" role="status">
        {done}
      </p>
      {bulkError ? <ErrorMessage error={bulkError} /> : null}
      {asking?.kind === "transition" ? (
        <ConfirmDialog
          title={t(`cohorts.actions.${asking.action}.title`)}
          description={
            <p>
              {t(`cohorts.actions.${asking.action}.text`, {
                name: pick(cohort.nameKo, cohort.nameEn),
                recruitStart: f.date(cohort.recruitStart),
                recruitEnd: f.date(cohort.recruitEnd),
                periodStart: f.date(cohort.periodStart),
                periodEnd: f.date(cohort.periodEnd),
              })}
            </p>
          }
          confirmLabel={t(`cohorts.actions.${asking.action}.button`)}
          pending={transition.isPending}
          error={transition.error}
          onConfirm={confirm}
          onClose={close}
        />
      ) : null}
      {asking?.kind === "select" ? (
        <ConfirmDialog
          title={t("cohorts.lifecycle.selectTitle")}
          description={
            <p>
              {t("cohorts.lifecycle.selectText", {
                slots: f.people(cohort.slots),
                eligible: f.people(cohort.counts.eligible ?? 0),
              })}
            </p>
          }
          confirmLabel={t("cohorts.lifecycle.select")}
          pending={select.isPending}
          error={select.error}
          onConfirm={confirm}
          onClose={close}
        />
      ) : null}
    </section>
  );
}
