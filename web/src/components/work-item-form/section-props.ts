import type { FieldError } from "../../api/http.ts";
import type { WorkItemFormState } from "./work-item-form.ts";

export interface WorkItemSectionProps {
  state: WorkItemFormState;
  update: <K extends keyof WorkItemFormState>(key: K, value: WorkItemFormState[K]) => void;
  errorsAt: (key: string) => FieldError[];
}
