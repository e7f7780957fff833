import { useState } from "react";
import { ApiError, type FieldError } from "../api/http.ts";
import { errorsAt } from "../lib/field-errors.ts";

/**
 * The errors a form shows: the API's 400 field list after a failed submit, plus any errors raised
 * in the browser. `at(key)` gives those for one field.
 */
export function useFormErrors(mutationError: unknown) {
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const apiFields = mutationError instanceof ApiError ? mutationError.fields : [];
  const all = [...clientErrors, ...apiFields];
  return {
    all,
    clientErrors,
    setClientErrors,
    at: (key: string) => errorsAt(all, key),
  };
}
