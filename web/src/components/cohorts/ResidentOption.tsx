import { useTranslation } from "react-i18next";
import type { TResident } from "../../api/residents.ts";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";

/**
 * One resident as a radio row of the walk-in form (the list of ResidentPicker and the search
 * results of ResidentLookup read the same): the masked name, then `meta`; one who has already
 * applied to this cohort is shown but cannot be chosen.
 */
export function ResidentOption({
  resident,
  group,
  checked,
  applied,
  meta,
  onChoose,
}: {
  resident: TResident;
  /** The radio group's name, also the prefix of the input's id. */
  group: string;
  checked: boolean;
  applied: boolean;
  meta: string;
  onChoose: (resident: TResident) => void;
}) {
  const { t } = useTranslation();
  const id = `${group}-${resident.id}`;
  return (
    <li className={`org-option${checked ? " org-option--checked" : ""}`}>
      <input
        id={id}
        type="radio"
        name={group}
        value={resident.id}
        className="choice__input"
        checked={checked}
        disabled={applied}
        onChange={() => onChoose(resident)}
      />
      <label htmlFor={id} className="org-option__label">
        <span className="org-option__name">
          <span className="resident-name">{resident.personal.name}</span>
          {resident.synthetic ? <SyntheticBadge /> : null}
        </span>
        <span className="org-option__meta">
          {meta}
          {applied ? ` · ${t("cohorts.walkIn.alreadyApplied")}` : ""}
        </span>
      </label>
    </li>
  );
}
