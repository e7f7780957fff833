import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TConsentDecision, TConsentState } from "../../../src/consents/consent.schema.ts";
import type { TAccountDeletionReceipt } from "../../../src/residents/my-account.schema.ts";
import { getFile, getJson, postJson } from "./http.ts";

export type { TAccountDeletionReceipt, TConsentDecision, TConsentState };

/**
 * GET /api/me/export: the signed-in resident's data as a JSON file, saved through the browser's
 * download (the name from Content-Disposition).
 */
export function useExportMyData() {
  return useMutation({
    mutationFn: async () => {
      const file = await getFile("/me/export");
      const name = file.filename ?? "maeul-my-data.json";
      const url = URL.createObjectURL(file.blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes.
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { filename: name, bytes: file.blob.size };
    },
  });
}

export const CONSENTS_KEY = ["me", "consents"] as const;

/** GET /api/me/consents: each purpose's latest decision, the history, and the notice in force. */
export function useMyConsents() {
  return useQuery({
    queryKey: CONSENTS_KEY,
    queryFn: ({ signal }) => getJson<TConsentState>("/me/consents", {}, signal),
  });
}

/** POST /api/me/consents: agree to or withdraw one purpose; the answer is the new state. */
export function useDecideConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decision: TConsentDecision) => postJson<TConsentState>("/me/consents", decision),
    onSuccess: (state) => client.setQueryData(CONSENTS_KEY, state),
  });
}

/**
 * POST /api/me/delete with the current password: the account and registration are deleted and
 * the session ends on the server. The caller signs out here and shows the receipt.
 */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (password: string) => postJson<TAccountDeletionReceipt>("/me/delete", { password }),
  });
}
