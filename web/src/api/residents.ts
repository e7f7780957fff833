import { useMutation } from "@tanstack/react-query";
import type { TResident, TResidentCreateInput } from "../../../src/residents/resident.schema.ts";
import { postJson } from "./http.ts";

export type { TResident, TResidentCreateInput };

export function useCreateResident() {
  return useMutation({
    mutationFn: (body: TResidentCreateInput) => postJson<TResident>("/residents", body),
  });
}
