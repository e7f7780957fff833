import { useTranslation } from "react-i18next";
import type { TAllocationRun } from "../../api/allocation-runs.ts";
import { useFormat } from "../../lib/use-format.ts";

/**
 * A run at work: its phase in words and, while scoring, how many applicants are done, as a native
 * <progress> (read out by screen readers) and a polite live line that changes with the phase.
 */
export function AllocationProgress({ run }: { run: TAllocationRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { phase, done, total } = run.progress;
  const counted = phase === "scoring" && total > 0;
  const label = t(`allocation.phase.${phase}`);
  return (
    <div className="allocation-progress">
      <p aria-live="polite">
        {counted
          ? t("allocation.progressCount", { phase: label, done: f.number(done), total: f.people(total) })
          : label}
      </p>
      <progress
        className="allocation-progress__bar"
        aria-label={t("allocation.progressLabel")}
        {...(counted ? { value: done, max: total } : {})}
      />
    </div>
  );
}
