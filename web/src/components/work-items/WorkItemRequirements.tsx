import { useTranslation } from "react-i18next";
import type { TWorkItem } from "../../api/work-items.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { TagList } from "../common/TagList.tsx";

/** Skills, certificates and target groups of a work item, required before preferred. */
export function WorkItemRequirements({ item }: { item: TWorkItem }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rows = [
    { key: "requiredSkills", items: item.requiredSkills.map(labels.skill), tone: "primary" as const },
    { key: "preferredSkills", items: item.preferredSkills.map(labels.skill), tone: "neutral" as const },
    {
      key: "requiredCertificates",
      items: item.requiredCertificates.map(labels.certificate),
      tone: "primary" as const,
    },
    {
      key: "preferredCertificates",
      items: item.preferredCertificates.map(labels.certificate),
      tone: "neutral" as const,
    },
    { key: "targetGroups", items: item.targetGroups.map(labels.group), tone: "success" as const },
  ];
  return (
    <dl className="requirement-list">
      {rows.map((row) => (
        <div key={row.key} className="requirement-list__row">
          <dt>{t(`workItem.${row.key}`)}</dt>
          <dd>
            <TagList items={row.items} tone={row.tone} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
