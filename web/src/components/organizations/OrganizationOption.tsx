import type { TOrganization } from "../../api/organizations.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";

/** One organization as a radio choice. */
export function OrganizationOption({
  organization,
  name,
  checked,
  onSelect,
}: {
  organization: TOrganization;
  name: string;
  checked: boolean;
  onSelect: () => void;
}) {
  const labels = useLabels();
  const id = `org-${organization.id}`;
  return (
    <li className={`org-option${checked ? " org-option--checked" : ""}`}>
      <input
        id={id}
        type="radio"
        name={name}
        className="choice__input"
        checked={checked}
        onChange={onSelect}
      />
      <label htmlFor={id} className="org-option__label">
        <span className="org-option__name">{organization.name}</span>
        <span className="org-option__meta">
          {labels.orgType(organization.type)}
          {organization.address ? ` · ${organization.address}` : ""}
        </span>
        {organization.synthetic ? <SyntheticBadge /> : null}
      </label>
    </li>
  );
}
