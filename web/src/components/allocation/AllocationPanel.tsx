import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  isWorking,
  type TAllocationRun,
  useAllocationRun,
  useAllocationRuns,
  useConfirmAllocationRun,
  useStartAllocationRun,
} from "../../api/allocation-runs.ts";
import type { TCohort } from "../../api/cohorts.ts";
import { ApiError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ConfirmDialog } from "../cohorts/ConfirmDialog.tsx";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { AllocationFigures } from "./AllocationFigures.tsx";
import { AllocationProgress } from "./AllocationProgress.tsx";
import { AllocationStartForm } from "./AllocationStartForm.tsx";
import { GroupFiguresTable } from "./GroupFiguresTable.tsx";
import { ProposalTable } from "./ProposalTable.tsx";
import { UnassignedList } from "./UnassignedList.tsx";
import "./allocation.css";

/**
 * 최적 배정, in the officer's cohort page: compute the optimal allocation of the eligible
 * applicants to the cohort's work items (options: the weight of the priority score, minimum shares
 * of priority groups), follow its progress, read the proposal — each pair with its score explained,
 * figures per group, the applicants left out with the reason — take pairs out, and confirm. A run
 * computed before the cohort changed says so and offers to compute again.
 */
export function AllocationPanel({
  cohort,
  canRun,
  canConfirm,
}: {
  cohort: TCohort;
  canRun: boolean;
  canConfirm: boolean;
}) {
  const { t } = useTranslation();
  const runs = useAllocationRuns(cohort.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const runId = chosen ?? runs.data?.[0]?.id ?? null;
  const run = useAllocationRun(cohort.id, runId);
  const start = useStartAllocationRun(cohort.id);
  const allocating = cohort.status === "selecting" || cohort.status === "running";

  return (
    <section className="page-section allocation-panel" aria-labelledby="allocation-title">
      <h2 id="allocation-title" className="section-title">
        {t("allocation.title")}
      </h2>
      <p className="section-lead">{t("allocation.lead")}</p>
      {cohort.workItems.length === 0 ? (
        <div className="alert alert--info">
          <p>{t("allocation.noWorkItems")}</p>
        </div>
      ) : null}
      {canRun && allocating ? (
        <AllocationStartForm
          pending={start.isPending}
          error={start.error}
          onStart={(body) =>
            start.mutate(body, {
              onSuccess: (created) => setChosen(created.id),
            })
          }
        />
      ) : null}
      {!allocating ? <p className="muted">{t("allocation.notNow")}</p> : null}
      {runs.isLoading ? <LoadingMessage /> : null}
      {runs.error ? <ErrorMessage error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {run.error ? <ErrorMessage error={run.error} onRetry={() => void run.refetch()} /> : null}
      {run.data ? (
        <RunView
          key={run.data.id}
          cohort={cohort}
          run={run.data}
          canConfirm={canConfirm}
          onRecompute={
            canRun && allocating
              ? () => start.mutate(run.data!.options, { onSuccess: (created) => setChosen(created.id) })
              : undefined
          }
        />
      ) : runs.data && runs.data.length === 0 ? (
        <p className="empty-note">{t("allocation.noRuns")}</p>
      ) : null}
    </section>
  );
}

function RunView({
  cohort,
  run,
  canConfirm,
  onRecompute,
}: {
  cohort: TCohort;
  run: TAllocationRun;
  canConfirm: boolean;
  onRecompute: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const confirm = useConfirmAllocationRun(cohort.id);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState("");
  const proposal = run.proposal;
  const kept = proposal ? proposal.assignments.filter((a) => !removed.has(a.applicationId)).length : 0;

  function toggle(applicationId: string) {
    setRemoved((current) => {
      const next = new Set(current);
      if (next.has(applicationId)) next.delete(applicationId);
      else next.add(applicationId);
      return next;
    });
  }

  function submit() {
    confirm.mutate(
      { runId: run.id, remove: [...removed], change: [] },
      {
        onSuccess: (result) => {
          setAsking(false);
          setDone(
            result.changed
              ? t("allocation.confirmed", {
                  placed: f.people(result.run.confirmation?.placed ?? 0),
                  waitlisted: f.people(result.run.confirmation?.waitlisted ?? 0),
                })
              : t("allocation.alreadyConfirmed"),
          );
        },
      },
    );
  }

  return (
    <div className="allocation-run">
      <p className="allocation-run__done" role="status">
        {done}
      </p>
      {isWorking(run) ? <AllocationProgress run={run} /> : null}
      {run.status === "failed" ? (
        <div className="alert alert--danger" role="alert">
          <p>{t("allocation.failed")}</p>
          {run.error ? <p>{run.error}</p> : null}
          {onRecompute ? (
            <button type="button" className="button button--secondary button--small" onClick={onRecompute}>
              {t("allocation.recompute")}
            </button>
          ) : null}
        </div>
      ) : null}
      {run.stale ? (
        <div className="alert alert--warning" role="alert">
          <p>{t("allocation.stale")}</p>
          {onRecompute ? (
            <button type="button" className="button button--secondary button--small" onClick={onRecompute}>
              {t("allocation.recompute")}
            </button>
          ) : null}
        </div>
      ) : null}
      {run.status === "confirmed" && run.confirmation ? (
        <div className="alert alert--success">
          <p>
            {t("allocation.confirmedOn", {
              date: f.date(run.confirmedAt ?? ""),
              placed: f.people(run.confirmation.placed),
              waitlisted: f.people(run.confirmation.waitlisted),
            })}
          </p>
        </div>
      ) : null}
      {run.stats && (run.status === "done" || run.status === "confirmed") ? (
        <>
          <AllocationFigures run={run} />
          {proposal ? (
            <>
              <h3 className="section-title section-title--small">{t("allocation.proposal.title")}</h3>
              <ProposalTable
                assignments={proposal.assignments}
                removable={canConfirm && run.status === "done" && !run.stale}
                removed={removed}
                onToggle={toggle}
              />
              <h3 className="section-title section-title--small">{t("allocation.groups.title")}</h3>
              <GroupFiguresTable groups={run.stats.groups} />
              <h3 className="section-title section-title--small">{t("allocation.unassigned.title")}</h3>
              <UnassignedList unassigned={proposal.unassigned} />
            </>
          ) : null}
          {canConfirm && run.status === "done" && !run.stale ? (
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary button--large"
                onClick={() => {
                  confirm.reset();
                  setAsking(true);
                }}
              >
                {t("allocation.confirm.button")}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={t("allocation.confirm.title")}
          description={
            <p>
              {t("allocation.confirm.text", {
                placed: f.people(kept),
                removed: f.people(removed.size),
              })}
            </p>
          }
          confirmLabel={t("allocation.confirm.button")}
          pendingLabel={t("allocation.confirm.pending")}
          pending={confirm.isPending}
          error={confirm.error}
          onConfirm={submit}
          onClose={() => {
            setAsking(false);
            confirm.reset();
          }}
        >
          <FieldProblems error={confirm.error} />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** The API's reasons field by field (a 422 on an adjusted allocation), under its message. */
function FieldProblems({ error }: { error: unknown }) {
  const { pick } = useLanguage();
  const fields = error instanceof ApiError ? error.fields : [];
  if (fields.length === 0) return null;
  return (
    <ul className="allocation-problems">
      {fields.map((field) => (
        <li key={`${field.field}:${field.reason}`}>{pick(field.messageKo, field.messageEn)}</li>
      ))}
    </ul>
  );
}
