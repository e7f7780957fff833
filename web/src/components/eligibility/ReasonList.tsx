import { useTranslation } from "react-i18next";
import type { TEligibilityReason } from "../../api/eligibility.ts";
import { useLanguage } from "../../i18n/use-language.ts";

type Kind = "passed" | "failed" | "unknown" | "confirm" | "info";

const ICON: Record<Kind, string> = { passed: "✓", failed: "✗", unknown: "?", confirm: "?", info: "i" };

/** Rules that describe the job rather than test the person (근무 시간). */
const INFORMATION_RULES = new Set(["hours"]);

function kindOf(reason: TEligibilityReason): Kind {
  if (reason.outcome === "failed") return "failed";
  if (reason.outcome === "unknown") return "unknown";
  if (reason.toConfirm) return "confirm";
  return INFORMATION_RULES.has(reason.rule) ? "info" : "passed";
}

const LABEL_KEY: Record<Kind, string> = {
  passed: "passed",
  failed: "failed",
  unknown: "unknown",
  confirm: "toConfirm",
  info: "info",
};

/** Why: every rule's outcome as a line with an icon (✓ ✗ ?) and its name in words for screen readers. */
export function ReasonList({ reasons }: { reasons: readonly TEligibilityReason[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <ul className="reason-list">
      {reasons.map((reason, i) => {
        const kind = kindOf(reason);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a rule can give two reasons (exclusions)
          <li key={`${reason.rule}-${i}`} className={`reason reason--${kind}`}>
            <span className="reason__icon" aria-hidden="true">
              {ICON[kind]}
            </span>
            <span className="reason__body">
              <span className="reason__outcome">{t(`eligibility.results.outcome.${LABEL_KEY[kind]}`)}</span>
              <span className="reason__text">{pick(reason.messageKo, reason.messageEn)}</span>
              {reason.needsReview ? (
                <span className="reason__review">
                  <span className="badge badge--review">{t("eligibility.results.review")}</span>{" "}
                  {t("eligibility.results.reasonReview")}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
