import { RESIDENT_GROUPS } from "../../../../src/residents/domain/resident-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";

/** 청년, 어르신, 경력단절여성, 장애인, 저소득층, 신중년 as big checkboxes. */
export function GroupChoice({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const labels = useLabels();
  return (
    <ul className="choice-list choice-list--cols-1 selfcheck-choices">
      {RESIDENT_GROUPS.map((group) => {
        const id = `selfcheck-group-${group}`;
        return (
          <li key={group} className="choice">
            <input
              id={id}
              type="checkbox"
              className="choice__input"
              checked={selected.includes(group)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, group] : selected.filter((g) => g !== group))
              }
            />
            <label htmlFor={id} className="choice__label">
              {labels.group(group)}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
