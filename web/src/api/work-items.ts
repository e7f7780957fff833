import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  TWorkItem,
  TWorkItemCreateInput,
  ZWorkItemPage,
  ZWorkItemQuery,
} from "../../../src/work-items/work-item.schema.ts";
import { getJson, postJson, type QueryValue } from "./http.ts";

export type { TWorkItem, TWorkItemCreateInput };
export type WorkItemPage = z.infer<typeof ZWorkItemPage>;
/** The query as the browser sends it (strings in a URL), typed from the server's schema. */
export type WorkItemSearch = { [K in keyof z.input<typeof ZWorkItemQuery>]?: QueryValue };

export function useWorkItems(search: WorkItemSearch) {
  return useQuery({
    queryKey: ["work-items", search],
    queryFn: ({ signal }) => getJson<WorkItemPage>("/work-items", search, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWorkItem(id: string | undefined) {
  return useQuery({
    queryKey: ["work-item", id],
    queryFn: ({ signal }) => getJson<TWorkItem>(`/work-items/${id}`, {}, signal),
    enabled: Boolean(id),
  });
}

export function useCreateWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TWorkItemCreateInput) => postJson<TWorkItem>("/work-items", body),
    onSuccess: (item) => {
      queryClient.setQueryData(["work-item", item.id], item);
      void queryClient.invalidateQueries({ queryKey: ["work-items"] });
    },
  });
}
