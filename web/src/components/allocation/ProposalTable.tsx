import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TAllocationRun } from "../../api/allocation-runs.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";

type Assignment = NonNullable<TAllocationRun["proposal"]>["assignments"][number];

/**
 * The proposed pairs: applicant (masked), work item, score, the reasons in one line, the groups
 * that count for the figures, and — before confirmation — a checkbox to take the pair out. Each
 * row opens to the score part by part (points of the most each part can give).
 */
export function ProposalTable({
  assignments,
  removable,
  removed,
  onToggle,
}: {
  assignments: Assignment[];
  removable: boolean;
  removed: ReadonlySet<string>;
  onToggle: (applicationId: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const [open, setOpen] = useState<Set<string>>(new Set());
  if (assignments.length === 0) return <p className="empty-note">{t("allocation.proposal.empty")}</p>;
  const columns = {
    name: t("allocation.proposal.col.name"),
    item: t("allocation.proposal.col.item"),
    score: t("allocation.proposal.col.score"),
    why: t("allocation.proposal.col.why"),
    groups: t("allocation.proposal.col.groups"),
    ...(removable ? { remove: t("allocation.proposal.col.remove") } : {}),
  };
  const points = (value: number) => f.number(Math.round(value * 10) / 10);
  const nameOf = (a: Assignment) => a.residentNameMasked ?? t("cohorts.applicants.unnamed");

  function toggleOpen(id: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className="table-wrap responsive-table proposal-table">
      <table className="data-table">
        <caption className="visually-hidden">{t("allocation.proposal.caption")}</caption>
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
          {assignments.map((a) => {
            const detailId = `proposal-${a.applicationId}-detail`;
            const expanded = open.has(a.applicationId);
            const out = removed.has(a.applicationId);
            return (
              <Fragment key={a.applicationId}>
                <tr className={out && removable ? "is-removed" : undefined}>
                  <th scope="row" data-label={columns.name}>
                    <span className="resident-name">{nameOf(a)}</span>
                  </th>
                  <td data-label={columns.item}>{a.workItemTitle}</td>
                  <td data-label={columns.score}>
                    {t("allocation.proposal.score", {
                      total: points(a.total),
                      match: points(a.matchPoints),
                      priority: points(a.priorityPoints),
                    })}
                  </td>
                  <td data-label={columns.why}>
                    <span>{pick(a.summaryKo, a.summaryEn)}</span>{" "}
                    <button
                      type="button"
                      className="disclosure-button"
                      aria-expanded={expanded}
                      aria-controls={detailId}
                      onClick={() => toggleOpen(a.applicationId)}
                    >
                      {t("allocation.proposal.parts")}
                      <span className="visually-hidden">: {nameOf(a)}</span>
                    </button>
                  </td>
                  <td data-label={columns.groups}>
                    {a.groups.length
                      ? a.groups.map((g) => t(`allocation.group.${g}`)).join(", ")
                      : t("allocation.proposal.noGroup")}
                  </td>
                  {removable ? (
                    <td data-label={columns.remove}>
                      <label className="proposal-remove">
                        <input type="checkbox" checked={out} onChange={() => onToggle(a.applicationId)} />
                        {t("allocation.proposal.remove")}
                        <span className="visually-hidden">: {nameOf(a)}</span>
                      </label>
                    </td>
                  ) : null}
                </tr>
                <tr id={detailId} className="proposal-detail" hidden={!expanded}>
                  <td colSpan={Object.keys(columns).length}>
                    {expanded ? (
                      <ul className="score-parts">
                        {a.components.map((c) => (
                          <li key={c.key}>
                            <span className="score-parts__points">
                              {t("allocation.proposal.partPoints", {
                                points: points(c.points),
                                weight: points(c.key === "cohort_priority" ? c.points : c.weight),
                              })}
                            </span>
                            <span>{pick(c.messageKo, c.messageEn)}</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
