import type { FieldError } from "../../api/http.ts";
import type { ResidentFormState } from "./resident-form.ts";

export interface ResidentSectionProps {
  state: ResidentFormState;
  update: <K extends keyof ResidentFormState>(key: K, value: ResidentFormState[K]) => void;
  errorsAt: (key: string) => FieldError[];
}
