import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ApplicationDecision,
  type TApplication,
  type TCohort,
  useDecideApplication,
} from "../../api/cohorts.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge.tsx";
import { byPipeline, decisionsFor } from "./cohort-rules.ts";
import { DecisionDialog, type DialogDecision } from "./DecisionDialog.tsx";
import { ScreeningDetails } from "./ScreeningDetails.tsx";

const ASKS_FIRST = new Set<ApplicationDecision>(["reject", "place", "withdraw"]);

/**
 * The applicants: masked name, channel (온라인 / 방문), status, score and the decisions their
 * status allows. Each row opens to its screening (reasons ✓ ✗ ?, score breakdown). 선발 and 대기
 * act at once; 미선정, 배치 and 포기 처리 ask first. The last outcome is announced; a refusal
 * (409: full, overlapping another job …) shows as an alert above the table.
 */
export function ApplicantTable({
  cohort,
  applications,
  canDecide,
}: {
  cohort: TCohort;
  applications: TApplication[];
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const decide = useDecideApplication(cohort.id);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState<{ app: TApplication; decision: DialogDecision } | null>(null);
  const [done, setDone] = useState("");
  const rows = [...applications].sort(byPipeline);
  // With every place taken, selecting someone else would only be refused: offered again when one frees.
  const taken = applications.filter((a) => a.status === "selected" || a.status === "placed").length;
  const full = taken >= cohort.slots;
  const waiting = applications.some((a) => a.status === "waitlisted");
  const columns = {
    name: t("cohorts.applicants.col.name"),
    channel: t("cohorts.applicants.col.channel"),
    status: t("cohorts.applicants.col.status"),
    score: t("cohorts.applicants.col.score"),
    ...(canDecide ? { actions: t("cohorts.applicants.col.actions") } : {}),
  };
  const nameOf = (app: TApplication) => app.residentNameMasked ?? t("cohorts.applicants.unnamed");

  function toggle(id: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function run(
    app: TApplication,
    decision: ApplicationDecision,
    body: { reason?: string; workItemId?: string } = {},
  ) {
    setDone("");
    decide.mutate(
      { applicationId: app.id, action: decision, ...body },
      {
        onSuccess: (result) => {
          setAsking(null);
          setDone(
            t("cohorts.applicants.done", {
              name: nameOf(app),
              status: t(`cohorts.applicationStatus.${result.application.status}`),
            }),
          );
        },
      },
    );
  }

  function start(app: TApplication, decision: ApplicationDecision) {
    decide.reset();
    if (ASKS_FIRST.has(decision)) setAsking({ app, decision: decision as DialogDecision });
    else run(app, decision);
  }

  return (
    <>
      <p className="applicants-done" role="status">
        {done}
      </p>
      {decide.error && !asking ? <ErrorMessage error={decide.error} /> : null}
      {canDecide && full && waiting && cohort.status !== "closed" ? (
        <div className="alert alert--info">
          <p>{t("cohorts.applicants.full", { slots: f.people(cohort.slots) })}</p>
        </div>
      ) : null}
      <div className="table-wrap responsive-table applicant-table">
        <table className="data-table">
          <caption className="visually-hidden">{t("cohorts.applicants.caption")}</caption>
          <thead>
            <tr>
              {Object.values(columns).map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((app) => {
              const detailId = `applicant-${app.id}-detail`;
              const expanded = open.has(app.id);
              const decisions = canDecide
                ? decisionsFor(app.status, cohort.status).filter((d) => !(full && d === "select"))
                : [];
              return (
                <Fragment key={app.id}>
                  <tr className={expanded ? "is-expanded" : undefined}>
                    <th scope="row" data-label={columns.name}>
                      <span className="applicant-name">
                        <span className="resident-name">{nameOf(app)}</span>
                        <button
                          type="button"
                          className="disclosure-button"
                          aria-expanded={expanded}
                          aria-controls={detailId}
                          onClick={() => toggle(app.id)}
                        >
                          {t("cohorts.applicants.details")}
                          <span className="visually-hidden">: {nameOf(app)}</span>
                        </button>
                      </span>
                    </th>
                    <td data-label={columns.channel}>{t(`cohorts.channel.${app.channel}`)}</td>
                    <td data-label={columns.status}>
                      <ApplicationStatusBadge status={app.status} waitlistPosition={app.waitlistPosition} />
                    </td>
                    <td data-label={columns.score}>
                      {app.score === null ? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">{t("cohorts.applicants.noScore")}</span>
                        </>
                      ) : (
                        t("cohorts.applicants.score", { score: f.number(app.score) })
                      )}
                    </td>
                    {canDecide ? (
                      <td data-label={columns.actions}>
                        {decisions.length ? (
                          <div className="applicant-actions">
                            {decisions.map((decision) => (
                              <button
                                key={decision}
                                type="button"
                                className={`button button--small ${decision === "select" || decision === "place" ? "button--secondary" : "button--tertiary"}`}
                                disabled={decide.isPending && decide.variables?.applicationId === app.id}
                                onClick={() => start(app, decision)}
                              >
                                {t(`cohorts.decide.${decision}.button`)}
                                <span className="visually-hidden">: {nameOf(app)}</span>
                              </button>
                            ))}
                          </div>
                        ) : (
                          <span className="muted">{t("cohorts.applicants.noActions")}</span>
                        )}
                      </td>
                    ) : null}
                  </tr>
                  <tr id={detailId} className="applicant-detail" hidden={!expanded}>
                    <td colSpan={Object.keys(columns).length}>
                      {expanded ? <ScreeningDetails app={app} cohort={cohort} /> : null}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {asking ? (
        <DecisionDialog
          decision={asking.decision}
          app={asking.app}
          cohort={cohort}
          pending={decide.isPending}
          error={decide.error}
          onSubmit={(body) => run(asking.app, asking.decision, body)}
          onClose={() => {
            setAsking(null);
            decide.reset();
          }}
        />
      ) : null}
    </>
  );
}
