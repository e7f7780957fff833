import { useTranslation } from "react-i18next";
import type { TAuditEntry } from "../../api/audit.ts";
import { useFormat } from "../../lib/use-format.ts";

/**
 * What an entry says beyond its action, in words: the reason given (unmasking, export), why a
 * sign-in failed and the address as masked, how many rows a list showed, a resident reading their
 * own record, which deadline ended a session. Field names and counts only, as the log holds them.
 */
export function AuditDetails({ entry }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  const f = useFormat();
  const d = entry.details as Record<string, unknown>;
  const text = (key: string) => (typeof d[key] === "string" ? (d[key] as string) : null);
  const parts: string[] = [];
  if (entry.reason) parts.push(t("audit.detail.reason", { reason: entry.reason }));
  switch (entry.action) {
    case "login_failed": {
      const reason = text("reason");
      if (reason) parts.push(t(`audit.failure.${reason}`, { defaultValue: reason }));
      const address = text("address");
      if (address) parts.push(t("audit.detail.address", { address }));
      if (d.lockedNow === true) parts.push(t("audit.detail.lockedNow"));
      break;
    }
    case "list":
      if (typeof d.count === "number" && typeof d.total === "number")
        parts.push(
          t("audit.detail.list", { count: d.count, shown: f.number(d.count), total: f.number(d.total) }),
        );
      break;
    case "read":
      if (d.own === true) parts.push(t("audit.detail.own"));
      break;
    case "session_expired": {
      const deadline = text("deadline");
      if (deadline) parts.push(t(`audit.detail.deadline.${deadline}`, { defaultValue: deadline }));
      break;
    }
    case "login":
      if (d.signup === true) parts.push(t("audit.detail.signup"));
      if (text("secondFactor") === "passed") parts.push(t("audit.detail.secondFactorPassed"));
      break;
    case "update":
      if (text("secondFactor") === "enabled") parts.push(t("audit.detail.secondFactorEnabled"));
      break;
  }
  if (parts.length === 0) return <>–</>;
  return (
    <ul className="audit-details">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
